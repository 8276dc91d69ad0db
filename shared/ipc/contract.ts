// The one typed IPC contract between the Electron main process and the preload bridge: channel
// names, zod schemas for every invoke argument, result shapes and the `window.scrutiny` interface.
import { z } from 'zod';
import type { IpcChannel } from './channels';
import { MENU_COMMANDS, type MenuCommand } from './menuCommands';
import { BACKUP_FILE_PATTERN, BACKUP_KINDS, type BackupKind } from '../backup/files';
import { MAX_BACKUP_CHARS, type BackupCounts } from '../backup/format';
import { isWindowsReservedName, stripInvisible } from './fileNames';

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

export const SuggestedNameSchema = z
  .string({ error: 'The file name must be text.' })
  // Bidirectional and zero-width characters are removed, not refused: they only ever disguise a name.
  .overwrite(stripInvisible)
  .min(1, { error: 'The file name is empty.' })
  .max(MAX_FILE_NAME_LENGTH, { error: `The file name is longer than ${MAX_FILE_NAME_LENGTH} characters.` })
  .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name), {
    error: 'The file name may not contain / \\ : * ? " < > | or control characters.',
  })
  .refine((name) => name !== '.' && name !== '..' && !/[. ]$/.test(name) && !/^\s/.test(name), {
    error: 'The file name may not start with a space or end with a dot or a space.',
  })
  .refine((name) => !isWindowsReservedName(name), {
    error: 'The file name is a name Windows reserves for devices (such as CON, NUL, COM1 or CONIN$).',
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

export const MAX_NOTIFICATION_TITLE = 100;
export const MAX_NOTIFICATION_BODY = 500;
// A title is one line; the body may break lines but holds no other control characters.
// eslint-disable-next-line no-control-regex
const TITLE_CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const BODY_CONTROL_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f]/;

export const NotifyRequestSchema = z.strictObject({
  title: z
    .string({ error: 'The title must be text.' })
    .min(1, { error: 'The title is empty.' })
    .max(MAX_NOTIFICATION_TITLE, { error: `The title is longer than ${MAX_NOTIFICATION_TITLE} characters.` })
    .refine((t) => !TITLE_CONTROL_CHARACTERS.test(t), { error: 'The title may not contain line breaks or control characters.' }),
  body: z
    .string({ error: 'The body must be text.' })
    .max(MAX_NOTIFICATION_BODY, { error: `The body is longer than ${MAX_NOTIFICATION_BODY} characters.` })
    .refine((b) => !BODY_CONTROL_CHARACTERS.test(b), { error: 'The body may not contain control characters other than line breaks.' }),
}, {
  error: (issue) => (issue.code === 'invalid_type' ? 'The notification must be an object with a title and a body.' : unexpectedFields(issue)),
});
export const NotifyArgsSchema = z.tuple([NotifyRequestSchema], {
  error: (issue) => (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small' ? 'It takes exactly one argument, the notification.' : undefined),
});

export const MenuCommandSchema = z.enum(MENU_COMMANDS);

/** The number main sent with a flush request, echoed back once pending edits are saved. */
export const FlushRequestIdSchema = z.number({ error: 'The flush request number must be a number.' }).int().min(0).max(Number.MAX_SAFE_INTEGER);
export const EditsFlushedArgsSchema = z.tuple([FlushRequestIdSchema], {
  error: (issue) => (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small' ? 'It takes exactly one argument, the flush request number.' : undefined),
});

export type FileFilter = z.infer<typeof FileFilterSchema>;
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
export type NotifyRequest = z.infer<typeof NotifyRequestSchema>;

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
  /** Shows a desktop notification; resolves false where the system cannot show one. */
  notify(request: NotifyRequest): Promise<boolean>;
  /** Keeps an automatic backup in the app's data folder (a daily one at most once a day); rejects with a plain-English Error if it cannot. */
  writeBackup(request: BackupWriteRequest): Promise<BackupWriteResult>;
  /** The automatic backups kept, newest first, and the folder they are in. */
  listBackups(): Promise<BackupList>;
  /** The text of one automatic backup, by the name listBackups gave. */
  readBackup(name: string): Promise<string>;
  /** Calls `handler` for each native menu command; returns the function that stops listening. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /** Runs `flush` when main asks (the window closing, the app quitting) and tells main when it has finished. */
  onFlushRequest(flush: () => Promise<void>): () => void;
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

// Automatic backups (backup:write, backup:list, backup:read). Main writes only into its own
// backups folder and reads only files whose names match the strict pattern, so no name can be a path.

export const BackupKindSchema = z.enum(BACKUP_KINDS, { error: `The kind of backup must be one of ${BACKUP_KINDS.join(', ')}.` });

export const BackupWriteRequestSchema = z.strictObject({
  kind: BackupKindSchema,
  text: z
    .string({ error: 'The backup must be text.' })
    .min(1, { error: 'The backup is empty.' })
    .max(MAX_BACKUP_CHARS, { error: `The backup is larger than ${MAX_BACKUP_CHARS / (1024 * 1024)} MB.` }),
}, {
  error: (issue) => (issue.code === 'invalid_type' ? 'The backup request must be an object with kind and text.' : unexpectedFields(issue)),
});

export const BackupFileNameSchema = z
  .string({ error: 'The backup name must be text.' })
  .max(100, { error: 'That is not the name of an automatic backup.' })
  .regex(BACKUP_FILE_PATTERN, { error: 'That is not the name of an automatic backup.' });

export const BackupWriteArgsSchema = z.tuple([BackupWriteRequestSchema], {
  error: (issue) => (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small' ? 'It takes exactly one argument, the backup request.' : undefined),
});
export const BackupListArgsSchema = z.tuple([], { error: 'It takes no arguments.' });
export const BackupReadArgsSchema = z.tuple([BackupFileNameSchema], {
  error: (issue) => (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small' ? 'It takes exactly one argument, the backup name.' : undefined),
});

export type BackupWriteRequest = z.infer<typeof BackupWriteRequestSchema>;

/** 'skipped' when a daily backup was asked for and one was already made today. */
export interface BackupWriteResult {
  status: 'written' | 'skipped';
  name: string;
}

export interface BackupListEntry {
  name: string;
  kind: BackupKind;
  /** ISO date-time (UTC) from the file's header; from its name where the header cannot be read. */
  createdAt: string;
  /** Size in bytes. */
  size: number;
  /** What the file holds, from its header; null when the file is not a readable backup. */
  counts: BackupCounts | null;
}

export interface BackupList {
  /** The folder the automatic backups are kept in, to show the officer. */
  folder: string;
  /** Newest first. */
  backups: BackupListEntry[];
}
