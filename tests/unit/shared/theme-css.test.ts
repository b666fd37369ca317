// The dark colours are written twice in app.css: once for a dark system (unless Settings chose light),
// once for dark chosen in Settings. Both must be the same colours, or the two darks drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '../../../src/renderer/src/app.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

function declarations(selector: string): string[] {
  const start = css.indexOf(`${selector} {`);
  expect(start, `${selector} in app.css`).toBeGreaterThan(-1);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return body.split(';').map((d) => d.trim()).filter((d) => d.startsWith('--'));
}

describe('theme colours', () => {
  it('uses the same dark colours for a dark system and for dark chosen in Settings', () => {
    const system = declarations(":root:not([data-theme='light'])");
    const chosen = declarations(":root[data-theme='dark']");
    expect(system.length).toBeGreaterThan(10);
    expect(chosen).toEqual(system);
  });

  it('gives every light colour a dark one', () => {
    const names = (ds: string[]) => ds.map((d) => d.split(':')[0]).sort();
    // The corner radius is the same in both themes.
    const light = names(declarations(':root')).filter((n) => n !== '--radius');
    expect(names(declarations(":root[data-theme='dark']"))).toEqual(light);
  });
});
