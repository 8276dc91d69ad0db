// app:// protocol: traversal and foreign hosts refused, assets served with their MIME type and the
// CSP, routes falling back to index.html, and nothing outside the renderer folder ever read.
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, mimeTypeFor, parseAppRequestPath, resolveUnderRoot } from '../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

let tmp: string;
let root: string;
const INDEX = '<!doctype html><title>Scrutiny Tracker</title>';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-protocol-'));
  root = path.join(tmp, 'dist', 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([0, 1, 2]));
  await writeFile(path.join(root, 'assets', 'odd name.json'), '{}');
  // Files an attacker would like to read, just outside the served folder.
  await writeFile(path.join(tmp, 'dist', 'secret.txt'), 'SECRET-1');
  await writeFile(path.join(tmp, 'secret.txt'), 'SECRET-2');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function handlerWithSpy() {
  const reads: string[] = [];
  const readFileSpy = vi.fn(async (file: string) => {
    reads.push(file);
    return readFile(file);
  });
  return { handler: createAppProtocolHandler({ rootDir: root, readFile: readFileSpy, lstat }), reads };
}

// Chromium hands the handler canonical URLs, but the handler must not rely on that: these
// requests carry the raw text, as a `{ url, method }` pair rather than a Request (whose
// constructor would normalise "..").
const get = (url: string) => ({ url, method: 'GET' });

describe('app:// protocol handler', () => {
  const hostile = [
    'app://scrutiny-tracker/../../etc/passwd',
    'app://scrutiny-tracker/../secret.txt',
    'app://scrutiny-tracker/assets/../../secret.txt',
    'app://scrutiny-tracker/%2e%2e/secret.txt',
    'app://scrutiny-tracker/%2E%2E/%2E%2E/secret.txt',
    'app://scrutiny-tracker/..%2fsecret.txt',
    'app://scrutiny-tracker/..%5csecret.txt',
    'app://scrutiny-tracker/assets%2f..%2f..%2fsecret.txt',
    'app://scrutiny-tracker/..\\..\\secret.txt',
    'app://scrutiny-tracker/./index.html',
    'app://scrutiny-tracker//etc/passwd',
    'app://scrutiny-tracker/%2Fetc%2Fpasswd',
    `app://scrutiny-tracker/${encodeURIComponent(path.join(os.tmpdir(), 'secret.txt'))}`,
    'app://scrutiny-tracker/C:/Windows/win.ini',
    'app://scrutiny-tracker/C%3A%5CWindows%5Cwin.ini',
    'app://scrutiny-tracker/index.html%00.png',
    'app://scrutiny-tracker/%E0%A4%A',
    'app://other-host/index.html',
    'app://scrutiny-tracker.evil.example/index.html',
    'app://scrutiny-tracker:8080/index.html',
    'app://user@scrutiny-tracker/index.html',
    'app://evil/scrutiny-tracker/index.html',
    'http://scrutiny-tracker/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    '',
  ];

  it.each(hostile)('refuses %s without reading any file', async (url) => {
    const { handler, reads } = handlerWithSpy();
    const response = await handler(get(url));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/^Forbidden/);
    expect(reads).toEqual([]);
  });

  it('never reads outside the folder even when given canonicalised Requests', async () => {
    for (const url of hostile.filter((u) => u.startsWith('app://scrutiny-tracker/'))) {
      const { handler, reads } = handlerWithSpy();
      const response = await handler(new Request(url));
      const body = await response.text();
      expect(body).not.toMatch(/SECRET/);
      for (const file of reads) expect(path.relative(root, file).startsWith('..')).toBe(false);
    }
  });

  it.each([
    ['app://scrutiny-tracker/index.html', 'text/html; charset=utf-8', INDEX],
    ['app://scrutiny-tracker/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://scrutiny-tracker/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://scrutiny-tracker/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://scrutiny-tracker/assets/odd%20name.json', 'application/json; charset=utf-8', '{}'],
    ['app://scrutiny-tracker/assets/index-abc.js?v=2#top', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['APP://Scrutiny-Tracker/index.html', 'text/html; charset=utf-8', INDEX],
  ])('serves %s as %s with the CSP', async (url, type, body) => {
    const { handler } = handlerWithSpy();
    const response = await handler(get(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('serves binary files byte for byte', async () => {
    const { handler } = handlerWithSpy();
    const response = await handler(get('app://scrutiny-tracker/assets/font.woff2'));
    expect(response.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2]));
  });

  it.each([
    'app://scrutiny-tracker',
    'app://scrutiny-tracker/',
    'app://scrutiny-tracker/committees/abc-123',
    'app://scrutiny-tracker/assets/',
    'app://scrutiny-tracker/assets',
    'app://scrutiny-tracker/missing-page.html',
  ])('falls back to index.html for %s', async (url) => {
    const { handler } = handlerWithSpy();
    const response = await handler(get(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX);
  });

  it('answers 404, not index.html, for a missing script or stylesheet', async () => {
    const { handler } = handlerWithSpy();
    expect((await handler(get('app://scrutiny-tracker/assets/missing.js'))).status).toBe(404);
    expect((await handler(get('app://scrutiny-tracker/assets/missing.css'))).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const { handler } = handlerWithSpy();
    const head = await handler({ url: 'app://scrutiny-tracker/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handler({ url: 'app://scrutiny-tracker/index.html', method: 'POST' })).status).toBe(405);
  });

  it('says so plainly when the renderer has not been built, and 500s on other read errors', async () => {
    const missing = createAppProtocolHandler({ rootDir: path.join(tmp, 'nowhere'), readFile: (file) => readFile(file), lstat });
    const response = await missing(get('app://scrutiny-tracker/'));
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/npm run build/);
    const denied = createAppProtocolHandler({
      rootDir: root,
      lstat,
      readFile: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    expect((await denied(get('app://scrutiny-tracker/index.html'))).status).toBe(500);
  });

  it('never follows a symbolic link out of the folder, to a file or through a folder', async () => {
    await symlink(path.join(tmp, 'secret.txt'), path.join(root, 'assets', 'linked.txt'));
    await symlink(tmp, path.join(root, 'outside'));
    const { handler, reads } = handlerWithSpy();
    for (const url of ['app://scrutiny-tracker/assets/linked.txt', 'app://scrutiny-tracker/outside/secret.txt']) {
      const response = await handler(get(url));
      expect(response.status).toBe(403);
      expect(await response.text()).not.toMatch(/SECRET/);
    }
    expect(reads.some((r) => r.includes('secret') || r.includes('linked'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('never opens a FIFO (reading one would hang the window)', async () => {
    execFileSync('mkfifo', [path.join(root, 'assets', 'pipe.js')]);
    const { handler, reads } = handlerWithSpy();
    const response = await handler(get('app://scrutiny-tracker/assets/pipe.js'));
    expect(response.status).toBe(404);
    expect(reads.some((r) => r.endsWith('pipe.js'))).toBe(false);
  });
});

describe('parseAppRequestPath and resolveUnderRoot', () => {
  it('decodes each segment once', () => {
    expect(parseAppRequestPath('app://scrutiny-tracker/assets/odd%20name.json')).toEqual({ kind: 'path', segments: ['assets', 'odd name.json'] });
    // A doubly encoded dot segment is just a strange file name after one decoding.
    expect(parseAppRequestPath('app://scrutiny-tracker/%252e%252e/x')).toEqual({ kind: 'path', segments: ['%2e%2e', 'x'] });
  });

  it('will not resolve the root itself or anything above it', () => {
    expect(resolveUnderRoot(root, [])).toBeNull();
    expect(resolveUnderRoot(root, ['..', 'secret.txt'])).toBeNull();
    expect(resolveUnderRoot(root, [path.join(tmp, 'secret.txt')])).toBeNull();
    expect(resolveUnderRoot(root, ['..foo'])).toBe(path.join(root, '..foo'));
  });

  it('names MIME types by extension, case-insensitively, with a safe default', () => {
    expect(mimeTypeFor('A.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('chunk.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('photo.PNG')).toBe('image/png');
    expect(mimeTypeFor('unknown.xyz')).toBe('application/octet-stream');
  });
});
