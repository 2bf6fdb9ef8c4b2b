// End-to-end tests: the built extension in real Chromium against the host fixtures.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One Chromium at a time: the files share the built extension and the machine's two cores.
    fileParallelism: false,
    // A ceiling, not a speed check (speed is in npm run bench): a restart test took 58 s on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
