// The logo's size: read from the PNG or JPEG itself so the header keeps its proportions, and printed at the size asked for.
import { describe, expect, it } from 'vitest';
import { imageSize, logoSize } from '../../../shared/docx/image';
import { buildAppendixDocx } from '../../../shared/index';
import { openDocx, smallTracker, TINY_PNG } from './docxXml';

/** A JPEG's opening: SOI, an APP0 segment, then a baseline start-of-frame giving height and width. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

/** A PNG signature and IHDR chunk of the given size (enough for the size to be read). */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

describe('logo size', () => {
  it('reads the pixel size of a PNG and of a JPEG', () => {
    expect(imageSize(TINY_PNG, 'png')).toEqual({ width: 1, height: 1 });
    expect(imageSize(pngHeader(640, 200), 'png')).toEqual({ width: 640, height: 200 });
    expect(imageSize(jpegHeader(400, 100), 'jpg')).toEqual({ width: 400, height: 100 });
    expect(imageSize(Uint8Array.from([0xff, 0xd8, 0x00]), 'jpg')).toBeNull();
  });

  it('keeps the proportions: 60 pixels high by default, no wider than 300, or the one side given', () => {
    expect(logoSize(jpegHeader(400, 100), 'jpg')).toEqual({ width: 240, height: 60 });
    expect(logoSize(pngHeader(1200, 100), 'png')).toEqual({ width: 300, height: 25 });
    expect(logoSize(jpegHeader(400, 100), 'jpg', 200)).toEqual({ width: 200, height: 50 });
    expect(logoSize(jpegHeader(400, 100), 'jpg', undefined, 30)).toEqual({ width: 120, height: 30 });
    expect(logoSize(jpegHeader(400, 100), 'jpg', 50, 50)).toEqual({ width: 50, height: 50 });
  });

  it('prints a JPEG logo at its own proportions in the first page header', async () => {
    const { headers, files } = await openDocx(await buildAppendixDocx(smallTracker(), { logo: { data: jpegHeader(400, 100), type: 'jpg' } }));
    expect(files.some((f) => /^word\/media\/.+\.jpe?g$/.test(f))).toBe(true);
    // 240 × 60 pixels at 96 to the inch is 2,286,000 × 571,500 EMUs.
    expect(headers.join('')).toContain('cx="2286000" cy="571500"');
  });
});
