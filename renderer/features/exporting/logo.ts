// Reads the council logo the officer picks: a PNG or JPEG, told apart by its bytes rather than its name.
import type { ChosenLogo } from './preferences';

/** Big enough for any letterhead logo; bigger files would bloat every exported document. */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/** The logo's type from its first bytes, or a plain-English error if it is not a PNG or JPEG image. */
export function logoFromBytes(name: string, data: Uint8Array): ChosenLogo {
  if (data.length === 0) throw new Error(`${name} is empty.`);
  if (data.length > MAX_LOGO_BYTES) throw new Error(`${name} is too large for a logo (over 5 MB). Choose a smaller image.`);
  const png = data.length > 8 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47;
  const jpg = data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
  if (png) return { name, type: 'png', data };
  if (jpg) return { name, type: 'jpg', data };
  throw new Error(`${name} is not a PNG or JPEG image. Save the logo as .png or .jpg and choose it again.`);
}

export async function readLogoFile(file: File): Promise<ChosenLogo> {
  if (file.size > MAX_LOGO_BYTES) throw new Error(`${file.name} is too large for a logo (over 5 MB). Choose a smaller image.`);
  return logoFromBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
