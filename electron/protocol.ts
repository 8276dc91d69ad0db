// Serves app://scrutiny-tracker/... from the built renderer folder: refuses anything that could
// reach outside it, names each file's MIME type, falls back to index.html and sets the CSP.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The MIME type for a file name; unknown kinds are plain bytes, which `nosniff` stops being run. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestPath =
  /** Path segments below the renderer folder, decoded; empty means the folder itself. */
  | { kind: 'path'; segments: string[] }
  | { kind: 'refused'; reason: string };

// Matched on the raw text rather than through `new URL`, which would quietly collapse
// "/../" and "/%2e%2e/" into a harmless-looking path and hide that someone tried.
const APP_URL = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`, 'i');

/**
 * Reads the path of an app:// URL into safe segments, refusing other hosts, ports, credentials,
 * dot segments (plain or percent-encoded), empty segments ("//"), encoded separators, backslashes,
 * drive letters and NUL bytes.
 */
export function parseAppRequestPath(url: string): AppRequestPath {
  const match = APP_URL.exec(url);
  if (!match) return { kind: 'refused', reason: 'not an app://scrutiny-tracker URL' };
  const rawPath = match[1] ?? '/';
  if (rawPath.includes('\\')) return { kind: 'refused', reason: 'backslash in path' };
  const rawSegments = rawPath.split('/').slice(1);
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    if (raw === '') {
      // Only a trailing slash ("/" or "/folder/") may leave a segment empty.
      if (index === rawSegments.length - 1) continue;
      return { kind: 'refused', reason: 'empty path segment' };
    }
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'refused', reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..') return { kind: 'refused', reason: 'dot segment' };
    if (/[/\\:]/.test(segment) || segment.includes('\0')) return { kind: 'refused', reason: 'separator, colon or NUL in a segment' };
    segments.push(segment);
  }
  return { kind: 'path', segments };
}

/** The file a segment list names under `rootDir`, or null if it would land outside (checked again after joining). */
export function resolveUnderRoot(rootDir: string, segments: readonly string[]): string | null {
  const root = path.resolve(rootDir);
  const full = path.resolve(root, ...segments);
  const relative = path.relative(root, full);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
  return full;
}

export interface AppProtocolDeps {
  /** Absolute path of the built renderer folder (dist/renderer, inside app.asar when packaged). */
  rootDir: string;
  /** Reads a whole file; rejects with an error whose `code` is ENOENT, EISDIR or ENOTDIR when there is no such file. */
  readFile(filePath: string): Promise<Uint8Array>;
  /**
   * What a path is, without following a link (fs.lstat, which also works inside app.asar). Each
   * step below the renderer folder is checked, so a symbolic link cannot lead outside it and a FIFO
   * or device is never opened (reading one would hang the window).
   */
  lstat(filePath: string): Promise<PathKind>;
}

export interface PathKind {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** Thrown for a path that is a link or not a regular file; answered like a missing file or refused. */
class NotRegularFile extends Error {
  constructor(readonly code: 'ELINK' | 'ENOENT') {
    super(code === 'ELINK' ? 'a symbolic link' : 'not a regular file');
  }
}

/** Every step from the root down must be a real folder, and the last a regular file: no links, no FIFOs. */
async function checkRegularFile(rootDir: string, segments: readonly string[], lstat: AppProtocolDeps['lstat']): Promise<void> {
  for (let i = 1; i <= segments.length; i++) {
    const kind = await lstat(path.join(rootDir, ...segments.slice(0, i)));
    if (kind.isSymbolicLink()) throw new NotRegularFile('ELINK');
    const last = i === segments.length;
    if (last ? !kind.isFile() : !kind.isDirectory()) throw new NotRegularFile('ENOENT');
  }
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && NOT_FOUND_CODES.has(String((error as { code?: unknown }).code));
}

function respond(status: number, body: Uint8Array | string | null, contentType: string): Response {
  return new Response(body as ConstructorParameters<typeof Response>[0], {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // The files are on local disk, so revalidating costs nothing and an update is never half-cached.
      'Cache-Control': 'no-cache',
    },
  });
}

const TEXT = 'text/plain; charset=utf-8';

/** The part of a fetch Request the handler reads. */
export type AppRequest = Pick<Request, 'url' | 'method'>;

/** The `protocol.handle('app', ...)` handler. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: AppRequest) => Promise<Response> {
  const indexPath = path.join(path.resolve(deps.rootDir), 'index.html');

  const rootDir = path.resolve(deps.rootDir);

  async function serveFile(filePath: string, head: boolean): Promise<Response> {
    const relative = path.relative(rootDir, filePath);
    await checkRegularFile(rootDir, relative.split(path.sep), deps.lstat);
    const bytes = await deps.readFile(filePath);
    return respond(200, head ? null : bytes, mimeTypeFor(filePath));
  }

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed', TEXT);
    const head = request.method === 'HEAD';
    const parsed = parseAppRequestPath(request.url);
    if (parsed.kind === 'refused') return respond(403, `Forbidden: ${parsed.reason}`, TEXT);

    const last = parsed.segments.at(-1);
    const target = parsed.segments.length === 0 ? indexPath : resolveUnderRoot(deps.rootDir, parsed.segments);
    if (target === null) return respond(403, 'Forbidden: outside the app folder', TEXT);
    try {
      return await serveFile(target, head);
    } catch (error) {
      if (error instanceof NotRegularFile && error.code === 'ELINK') return respond(403, 'Forbidden: a symbolic link', TEXT);
      if (!isNotFound(error)) return respond(500, 'The file could not be read.', TEXT);
    }
    // A missing script or stylesheet is a real 404 (HTML in its place would only confuse the
    // console); a missing extension-less path is a route inside the app, so it gets index.html.
    const extension = last === undefined ? '' : path.extname(last).toLowerCase();
    if (extension !== '' && extension !== '.html') return respond(404, 'Not found', TEXT);
    try {
      return await serveFile(indexPath, head);
    } catch {
      return respond(500, "Scrutiny Tracker's window files are missing (dist/renderer/index.html): run \"npm run build\".", TEXT);
    }
  };
}
