// Types for start-lib.mjs, so TypeScript tests can call it.
export declare const WEB_HOST: '127.0.0.1';
export declare const WEB_PORT: 4870;
export declare const WEB_URL: string;
export declare function findElectronPackageDir(resolve?: (id: string) => string): string | null;
export declare function findElectronBinary(options?: {
  electronDir?: string | null;
  exists?: (file: string) => boolean;
  readText?: (file: string) => string;
  env?: Record<string, string | undefined>;
}): string | null;
export declare function chooseMode(facts: { electronBinaryExists: boolean }): 'electron' | 'web';
export declare function webModeMessage(): string;
export declare function portInUseMessage(): string;
export declare function electronEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
