import { ensureBrowser } from './browser';

// Runs once before the workers start: they read CHROMIUM_PATH (playwright.config.ts) when they load.
export default function globalSetup(): void {
  process.env.CHROMIUM_PATH = ensureBrowser();
}
