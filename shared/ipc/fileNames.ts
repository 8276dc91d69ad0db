// Characters and names that make a file name lie or misbehave on Windows, shared by the renderer's
// safeFileName and main's IPC schema so the two cannot drift apart.

/**
 * Invisible formatting characters: the bidirectional controls (a right-to-left override makes
 * "evil\u202Efdp.exe" show as "evilexe.pdf" in a Save dialog), zero-width spaces and joiners, the
 * word joiner, the soft hyphen and the byte-order mark. None belongs in a file name.
 */
export const INVISIBLE_CHARACTERS = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** The name with every invisible formatting character removed. */
export function stripInvisible(name: string): string {
  return name.replace(INVISIBLE_CHARACTERS, '');
}

/**
 * Device names Windows reserves in every folder, with any extension and with spaces before it:
 * CON, PRN, AUX, NUL, COM0-9 and LPT0-9 (the superscript ¹ ² ³ too, which Windows also takes as
 * digits), CONIN$ and CONOUT$. Saving "COM¹.docx" would write to a serial port, or fail oddly.
 */
export const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])\s*(\..*)?$/i;

export function isWindowsReservedName(name: string): boolean {
  return WINDOWS_RESERVED_NAME.test(name);
}
