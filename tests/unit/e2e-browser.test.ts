import { describe, expect, it } from 'vitest';
import { findBrowser, noBrowserMessage, type BrowserProbe } from '../e2e/support/browser';

function probe(files: string[], env: NodeJS.ProcessEnv = {}, own: string | null = null): BrowserProbe {
  return { env, executable: (p) => files.includes(p), playwrightChromium: () => own };
}

describe('finding a Chromium for the end-to-end tests', () => {
  it('takes an environment variable first', () => {
    expect(findBrowser(probe(['/opt/c', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c', PATH: '/usr/bin' }))).toEqual({ path: '/opt/c', from: 'CHROMIUM_PATH' });
  });

  it("ignores a variable naming a missing file, then takes Playwright's own browser", () => {
    expect(findBrowser(probe(['/pw/chrome'], { CHROMIUM_PATH: '/nope' }, '/pw/chrome'))).toEqual({ path: '/pw/chrome', from: "Playwright's browsers" });
  });

  it('then looks on PATH for chromium, chromium-browser and Chrome, in PATH order', () => {
    const p = probe(['/a/google-chrome', '/b/chromium'], { PATH: '/x:/a:/b' }, '/pw/missing');
    expect(findBrowser(p)).toEqual({ path: '/a/google-chrome', from: 'PATH' });
  });

  it("falls back to Debian's /usr/bin/chromium, and says what to run when there is nothing", () => {
    expect(findBrowser(probe(['/usr/bin/chromium'], { PATH: '' }))?.path).toBe('/usr/bin/chromium');
    expect(findBrowser(probe([], { PATH: '/usr/bin' }))).toBeNull();
    expect(noBrowserMessage(true)).toMatch(/apt-get install -y chromium/);
    expect(noBrowserMessage(false)).toMatch(/CHROMIUM_PATH/);
  });
});
