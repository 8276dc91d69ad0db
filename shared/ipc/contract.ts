// The one typed IPC contract between the Electron main process and the preload bridge: channel
// names, zod schemas for every invoke argument, result shapes and the `window.scrutiny` interface.
import { z } from 'zod';
import type { IpcChannel } from './channels';
import { MENU_COMMANDS, type MenuCommand } from './menuCommands';

// The origin and channel names live in a zod-free file so the preload bundle stays small;
// they are part of this contract and re-exported here.
export * from './channels';

/**
 * Largest file the renderer may ask main to write. A full backup of a busy council's tracker is a
 * few megabytes; the cap only stops a runaway or hostile call from exhausting memory.
 */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

// Characters Windows forbids in file names, plus both path separators: the suggested name is a
// bare file name, never a path, so the renderer cannot steer where the dialog starts.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export const SuggestedNameSchema = z
  .string({ error: 'The file name must be text.' })
  .min(1, { error: 'The file name is empty.' })
  .max(MAX_FILE_NAME_LENGTH, { error: `The file name is longer than ${MAX_FILE_NAME_LENGTH} characters.` })
  .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name), {
    error: 'The file name may not contain / \\ : * ? " < > | or control characters.',
  })
  .refine((name) => name !== '.' && name !== '..' && !/[. ]$/.test(name) && !/^\s/.test(name), {
    error: 'The file name may not start with a space or end with a dot or a space.',
  })
  .refine((name) => !WINDOWS_RESERVED_NAME.test(name), {
    error: 'The file name is a name Windows reserves for devices (such as CON or NUL).',
  });

export const FileBytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'The file contents must be bytes (a Uint8Array).' })
  .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, {
    error: `The file is larger than ${MAX_SAVE_BYTES / (1024 * 1024)} MB.`,
  });

// Named so a stray field reads as a sentence rather than zod's terse default.
const unexpectedFields = (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' && issue.keys ? `Unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}.` : undefined;

export const FileFilterSchema = z.strictObject({
  name: z.string({ error: 'A file type needs a name.' }).min(1).max(100),
  extensions: z
    .array(
      z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, { error: 'An extension is letters and digits only, without the dot (or "*").' }),
    )
    .min(1, { error: 'A file type needs at least one extension.' })
    .max(20),
}, { error: unexpectedFields });

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: SuggestedNameSchema,
  data: FileBytesSchema,
  filters: z.array(FileFilterSchema).max(10, { error: 'At most 10 file types may be offered.' }),
}, {
  error: (issue) =>
    issue.code === 'invalid_type' ? 'The save request must be an object with suggestedName, data and filters.' : unexpectedFields(issue),
});

/** The arguments of each invoke channel, as the tuple `ipcRenderer.invoke` passes after the channel. */
export const SaveFileArgsSchema = z.tuple([SaveFileRequestSchema], {
  error: (issue) => (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small' ? 'It takes exactly one argument, the save request.' : undefined),
});
export const AppInfoArgsSchema = z.tuple([], { error: 'It takes no arguments.' });

export const MenuCommandSchema = z.enum(MENU_COMMANDS);

export type FileFilter = z.infer<typeof FileFilterSchema>;
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export interface AppInfo {
  /** The app's version from package.json, e.g. "0.1.0". */
  version: string;
  /** Node's platform name: 'win32', 'darwin' or 'linux'. */
  platform: string;
}

/** What the preload script exposes on `window.scrutiny`: named functions only, never ipcRenderer. */
export interface ScrutinyBridge {
  readonly kind: 'electron';
  /** Shows the native Save dialog and writes the bytes; rejects with a plain-English Error if refused or the write fails. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
  /** Calls `handler` for each native menu command; returns the function that stops listening. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
}

/**
 * One sentence naming what is wrong with a call's arguments, for the Error main rejects with, e.g.
 * `file:save was refused. suggestedName: The file name may not contain / \ ...`.
 */
export function describeContractError(channel: IpcChannel, error: z.ZodError): string {
  const problems = error.issues.map((issue) => {
    // Tuple index 0 is the request itself; naming it would only add noise.
    const path = issue.path.filter((part, i) => !(i === 0 && part === 0)).map(String).join('.');
    const sentence = /[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`;
    return path ? `${path}: ${sentence}` : sentence;
  });
  return `${channel} was refused. ${problems.join(' ')}`;
}
