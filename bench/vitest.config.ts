import { defineConfig } from 'vitest/config';
import { francCandidatesOnly } from '../wxt.config.ts';

// Benchmarks run one file at a time so they do not compete for the two cores.
export default defineConfig({
  // The engine as the extension ships it (wxt.config.ts).
  plugins: [francCandidatesOnly()],
  test: {
    server: { deps: { inline: ['franc-min'] } },
    include: ['bench/**/*.bench.ts'],
    globalSetup: ['bench/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
