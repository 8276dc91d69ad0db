// Navigation, window.open, permission and network rules, tried with hostile URLs.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  denyWindowOpen,
  isAppUrl,
  isNavigationAllowed,
  isNetworkRequest,
  isPermissionGranted,
} from '../../electron/security';
import { APP_ORIGIN } from '../../shared/ipc/contract';

const HOSTILE_URLS = [
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'http://evil.example/',
  'https://evil.example/app://scrutiny-tracker/',
  'http://127.0.0.1:4870/',
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://scrutiny-tracker/1234',
  'app://other-host/index.html',
  'app://scrutiny-tracker.evil.example/index.html',
  'app://evil.example/scrutiny-tracker',
  'app://scrutiny-tracker:1234/index.html',
  'app://user:pass@scrutiny-tracker/index.html',
  'apps://scrutiny-tracker/index.html',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'about:blank',
  'mailto:someone@example.gov.uk',
  'not a url',
  '',
];

describe('navigation guard', () => {
  it.each(HOSTILE_URLS)('denies navigation to %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it.each(['app://scrutiny-tracker/index.html', 'app://scrutiny-tracker/', 'app://scrutiny-tracker/committees/1?tab=recs#r2'])(
    'allows its own page %s',
    (url) => {
      expect(isNavigationAllowed(url)).toBe(true);
    },
  );

  it('knows the origin, which must never change', () => {
    expect(APP_ORIGIN).toBe('app://scrutiny-tracker');
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
  });
});

describe('window.open', () => {
  it.each([...HOSTILE_URLS, 'app://scrutiny-tracker/index.html'])('is denied for %s', (url) => {
    expect(denyWindowOpen({ url })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'serial', 'usb', 'unknown'])(
    'denies %s even to the app itself',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://scrutiny-tracker/index.html')).toBe(false);
      expect(isPermissionGranted(permission, APP_ORIGIN)).toBe(false);
    },
  );

  it('allows only clipboard writes, and only from the app', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://scrutiny-tracker/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    for (const url of [...HOSTILE_URLS, undefined]) expect(isPermissionGranted('clipboard-sanitized-write', url)).toBe(false);
  });
});

describe('network requests', () => {
  it.each(['http://evil.example/x', 'https://fonts.example/f.woff2', 'ws://127.0.0.1:1/', 'wss://x.example/', 'ftp://x.example/', '::bad::'])(
    'treats %s as a request to cancel',
    (url) => {
      expect(isNetworkRequest(url)).toBe(true);
    },
  );

  it.each(['app://scrutiny-tracker/assets/a.js', 'data:image/png;base64,AA==', 'blob:app://scrutiny-tracker/1', 'devtools://devtools/x'])(
    'leaves %s alone',
    (url) => {
      expect(isNetworkRequest(url)).toBe(false);
    },
  );
});

describe('Content-Security-Policy', () => {
  it('is the strict policy the brief sets, directive by directive', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });
});
