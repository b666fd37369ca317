import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine,
    // which leaves one core idle while the slow files (demo loads, SR24 builds) run one after another.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
