// What the browser says about the tracker's storage: how much is used, how much is allowed, and whether it is kept when the disk fills.

/** The parts of navigator.storage used here; absent in some browsers and in tests. */
export interface StorageManagerLike {
  estimate?(): Promise<{ usage?: number; quota?: number }>;
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

export interface StorageState {
  /** Bytes used by this app's origin, or null where the browser does not say. */
  usage: number | null;
  quota: number | null;
  /** True when the browser will not clear the tracker under storage pressure; null where it cannot say. */
  persisted: boolean | null;
}

const browserStorage = (): StorageManagerLike | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export async function readStorage(storage: StorageManagerLike | undefined = browserStorage()): Promise<StorageState> {
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null };
}

/** Asks again for persistent storage (the app asks once at start); resolves whether it is now persistent. */
export async function askPersistence(storage: StorageManagerLike | undefined = browserStorage()): Promise<boolean> {
  return (await storage?.persist?.().catch(() => false)) ?? false;
}

/** "850 KB", "12.3 MB", "9.8 GB": storage sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}
