import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Most test files share their workers' module graph (isolate: false): importing the app's modules
// again for every file cost more than the tests themselves. A file that changes what the files after
// it would see — mocked modules, faked timers or globals, variables set in process.env — runs on its own.
const LEAKS = /\bvi\.(mock|doMock|useFakeTimers|stubGlobal|stubEnv)\(|process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|delete process\.env/;
const isolated = (readdirSync('tests/unit', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('tests/unit', f).replaceAll('\\', '/'))
  .filter((f) => LEAKS.test(readFileSync(f, 'utf8')));

export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine,
    // which leaves one core idle while the slow files (demo loads, SR24 builds) run one after another.
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/unit/**/*.test.ts'], exclude: isolated, pool: 'threads', isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated, pool: 'forks', isolate: true } },
    ],
  },
});
