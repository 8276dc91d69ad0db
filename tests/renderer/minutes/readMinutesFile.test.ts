// readMinutesFile: which reader a file goes to (by its first bytes, then its name), and the plain
// messages for files it will not read. The PDF route itself is covered by readPdf.test.ts.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MAX_MINUTES_FILE_BYTES, UNSUPPORTED_FILE, minutesFileKind, readMinutesFile } from '../../../renderer/features/minutes/readMinutesFile';

const bytes = (text: string) => new TextEncoder().encode(text);

async function smallDocx(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  zip.file('_rels/.rels', '<Relationships><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('minutesFileKind', () => {
  it('goes by the first bytes before the name', () => {
    expect(minutesFileKind('minutes.pdf', bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(minutesFileKind('minutes.txt', bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(minutesFileKind('minutes.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
    expect(minutesFileKind('minutes', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
    expect(minutesFileKind('MINUTES.TXT', bytes('Resolved: That'))).toBe('txt');
  });

  it('refuses other kinds of file, and files whose name and contents disagree, in plain words', () => {
    expect(() => minutesFileKind('minutes.html', bytes('<html>'))).toThrow(UNSUPPORTED_FILE);
    expect(() => minutesFileKind('minutes.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toThrow(UNSUPPORTED_FILE);
    expect(() => minutesFileKind('minutes.odt', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toThrow(/OpenDocument file/);
    expect(() => minutesFileKind('minutes.pdf', bytes('Resolved: That'))).toThrow(/named \.pdf but is not a PDF/);
    expect(() => minutesFileKind('minutes.docx', bytes('Resolved: That'))).toThrow(/named \.docx but is not a Word document/);
    expect(() => minutesFileKind('minutes.doc', bytes('Resolved: That'))).toThrow(/older Word document \(\.doc\)/);
  });
});

describe('readMinutesFile', () => {
  it('reads a .txt file and a .docx file', async () => {
    await expect(readMinutesFile(new File([bytes('Resolved:\r\nThat the report be noted.')], 'minutes.txt'))).resolves.toEqual({
      kind: 'txt',
      text: 'Resolved:\nThat the report be noted.',
    });
    const docx = await smallDocx('That the report be noted.');
    await expect(readMinutesFile(new File([docx], 'minutes.docx'))).resolves.toEqual({ kind: 'docx', text: 'That the report be noted.' });
  });

  it('refuses a file over 50 MB without reading it, an empty file and a binary file named .txt', async () => {
    const huge = { name: 'scan.pdf', size: 60 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    await expect(readMinutesFile(huge)).rejects.toThrow('"scan.pdf" is too big to be a set of minutes (60.0 MB): Scrutiny Tracker reads minutes files of up to 50 MB.');
    const justOver = { ...huge, size: MAX_MINUTES_FILE_BYTES + 1 } as unknown as File;
    await expect(readMinutesFile(justOver)).rejects.toThrow(/too big/);
    await expect(readMinutesFile(new File([], 'minutes.txt'))).rejects.toThrow('"minutes.txt" is empty.');
    await expect(readMinutesFile(new File([new Uint8Array([0x4d, 0x5a, 0, 0, 0x90, 0])], 'minutes.txt'))).rejects.toThrow(/does not hold text/);
    await expect(readMinutesFile(new File([bytes('  \n ')], 'minutes.txt'))).rejects.toThrow('"minutes.txt" has no text in it.');
  });
});
