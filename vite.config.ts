// Builds the renderer once for both homes: Electron's app:// origin and the browser ("web mode").
// Relative asset paths (base './') let the same files load from either.
import { defineConfig } from 'vite';

export const WEB_PORT = 4870;

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
  },
  // Web mode keeps its data in the browser under this origin, so the port must never change.
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
});
