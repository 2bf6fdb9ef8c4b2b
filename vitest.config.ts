import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { francCandidatesOnly } from './wxt.config.ts';

export default defineConfig({
  plugins: [WxtVitest(), francCandidatesOnly()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    // Through Vite like the build, so francCandidatesOnly gives it the data the extension ships.
    server: { deps: { inline: ['franc-min'] } },
    // Whole-corpus tests analyse thousands of messages; on a loaded 2-core machine the 5 s default is too tight.
    testTimeout: 30_000,
  },
});
