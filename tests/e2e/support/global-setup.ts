import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowser } from './browser';
import { DEMO_CACHE_ENV } from './demo-cache';

// Runs once before the workers start: they read CHROMIUM_PATH (playwright.config.ts) and the demo
// cache folder from the environment they inherit. The returned function is the global teardown.
export default function globalSetup(): () => void {
  process.env.CHROMIUM_PATH = ensureBrowser();
  const cache = mkdtempSync(join(tmpdir(), 'hp-e2e-demo-'));
  process.env[DEMO_CACHE_ENV] = cache;
  return () => rmSync(cache, { recursive: true, force: true });
}
