// Security rules for the main process as pure functions: what the window may navigate to, open,
// be granted or fetch, and the Content-Security-Policy every app:// response carries.
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../shared/ipc/contract';

/**
 * The renderer may load only its own files. 'unsafe-inline' styles are allowed because React's
 * `style` props and the UI libraries set inline styles; scripts never run inline.
 */
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');

/** True only for a well-formed URL on exactly app://scrutiny-tracker (no credentials, no port). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * Navigation guard for 'will-navigate', 'will-frame-navigate' and 'will-redirect': the window
 * stays on its own origin. Links to the web are not opened in a browser either, because the app
 * promises never to reach off the machine.
 */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** `setWindowOpenHandler` answer: the app has one window, so every window.open is refused. */
export function denyWindowOpen(_details: { url: string }): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions the renderer may use. Everything is refused except writing text to the clipboard
 * from our own origin, which "Copy email" style buttons need and which sends nothing off the machine.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppOrigin(requestingUrl);
}

// Permission checks pass an origin ("app://scrutiny-tracker") rather than a full URL.
function isAppOrigin(urlOrOrigin: string): boolean {
  return urlOrOrigin === APP_ORIGIN || isAppUrl(urlOrOrigin);
}

/** Network schemes; requests on them are cancelled at the session, a second wall behind the CSP (the app never needs the network). */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

export function isNetworkRequest(url: string): boolean {
  try {
    return NETWORK_SCHEMES.has(new URL(url).protocol);
  } catch {
    // A URL that cannot be parsed is not one we made: refuse it.
    return true;
  }
}
