// Types for build-electron.mjs, so TypeScript tests can call it.
export declare const ELECTRON_BUNDLES: readonly { entry: string; file: string }[];
export declare function buildElectron(options?: { outDir?: string; quiet?: boolean }): Promise<string[]>;
