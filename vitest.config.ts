// Unit tests: the domain core, the database layer (fake-indexeddb), renderer logic and main-process logic.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/indexeddb.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
