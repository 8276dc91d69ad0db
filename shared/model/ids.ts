// Record identity and time stamps shared by every layer that creates records.

// `crypto` is a global in browsers, Electron and Node 20, but not in the ES library the domain
// core is typed against (it may use no DOM or Node types), so it is named here by its one method.
const webCrypto = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

/** A new globally unique id (UUID v4). */
export function newId(): string {
  return webCrypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
