// `npm run screenshots`: retakes every picture in docs/screenshots. The e2e specs take their
// screenshots on every run, but write them into docs/ only with HYBRID_PLANNER_SCREENSHOTS=1 (otherwise
// into test-results/screenshots, which git ignores), so `npm test` leaves a clean checkout clean.
// Extra arguments go to Playwright, e.g. `npm run screenshots -- tests/e2e/food.spec.ts`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('@playwright/test/cli');
const args = process.argv.slice(2);
const result = spawnSync(process.execPath, [cli, 'test', '--project=browser', ...args], {
  stdio: 'inherit',
  env: { ...process.env, HYBRID_PLANNER_SCREENSHOTS: '1' },
});
process.exit(result.status ?? 1);
