// Reads the pixel size of a PNG or JPEG logo, so the header can keep its proportions when the officer gives no size.

export interface PixelSize {
  width: number;
  height: number;
}

function pngSize(b: Uint8Array): PixelSize | null {
  // The IHDR chunk always comes first: width and height are big-endian at bytes 16 and 20.
  if (b.length < 24) return null;
  const read = (at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
  const width = read(16);
  const height = read(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

function jpgSize(b: Uint8Array): PixelSize | null {
  // Walk the marker segments to the first start-of-frame (SOF0–SOF15 bar DHT, JPG and DAC), which holds the size.
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (b[at + 5]! << 8) | b[at + 6]!;
      const width = (b[at + 7]! << 8) | b[at + 8]!;
      return width > 0 && height > 0 ? { width, height } : null;
    }
    at += 2 + length;
  }
  return null;
}

export function imageSize(data: Uint8Array, type: 'png' | 'jpg'): PixelSize | null {
  return type === 'png' ? pngSize(data) : jpgSize(data);
}

/**
 * The size to print: what the officer gave, the other side scaled to keep the proportions, or by
 * default a logo 60 pixels (about 1.6 cm) high and at most 300 wide, small enough to sit in the header margin.
 */
export function logoSize(data: Uint8Array, type: 'png' | 'jpg', width?: number, height?: number): PixelSize {
  if (width !== undefined && height !== undefined) return { width, height };
  const natural = imageSize(data, type) ?? { width: 160, height: 60 };
  const ratio = natural.width / natural.height;
  if (width !== undefined) return { width, height: Math.max(1, Math.round(width / ratio)) };
  if (height !== undefined) return { width: Math.max(1, Math.round(height * ratio)), height };
  // A very wide logo is held to 300 pixels (about 8 cm) so it never crowds the marking.
  const h = Math.min(60, 300 / ratio);
  return { width: Math.max(1, Math.round(h * ratio)), height: Math.max(1, Math.round(h)) };
}
