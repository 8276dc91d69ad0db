// A council template made with the docx library, as an officer would make one in Word: letterhead text and logo in the header, page numbers in the footer, placeholders in the body.
import { AlignmentType, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';

/** A 60×20 PNG, solid council purple, drawn here so the test needs no file. */
export async function purplePng(): Promise<Uint8Array> {
  const { deflateSync, crc32 } = await import('node:zlib');
  const width = 60;
  const height = 20;
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set([0x5b, 0x2c, 0x6f], y * (width * 3 + 1) + 1 + x * 3);
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

export async function councilTemplate(): Promise<Uint8Array> {
  const logo = await purplePng();
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Georgia', size: 22 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1700, bottom: 1400, left: 1000, right: 1000 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new ImageRun({ type: 'png', data: logo, transformation: { width: 90, height: 30 }, altText: { name: 'Logo', description: 'Example Borough Council logo', title: 'Logo' } }),
                  new TextRun({ text: '   Example Borough Council — Democratic Services', bold: true, color: '5B2C6F' }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Example Borough Council · page ', PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Report to {{committee}}', bold: true, size: 32 })] }),
          new Paragraph({ children: [new TextRun('Period: {{period}}. Version {{version}}, {{date}}, prepared by {{author}}.')] }),
          new Paragraph({ children: [new TextRun('{{tracker}}')] }),
          new Paragraph({ children: [new TextRun('End of the appendix.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
