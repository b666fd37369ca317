// app.css writes each theme's colours more than once: dark for a dark system and for dark chosen in
// Settings, light as the default and for light chosen in Settings on a dark system. The copies must be
// the same colours, or the themes drift apart depending on how they were reached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '../../../src/renderer/src/app.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties of the `nth` rule with exactly this selector. */
function declarations(selector: string, nth = 0): string[] {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = css.indexOf(`${selector} {`, start + 1);
  expect(start, `${selector} #${nth} in app.css`).toBeGreaterThan(-1);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return body.split(';').map((d) => d.trim()).filter((d) => d.startsWith('--'));
}

describe('theme colours', () => {
  it('uses the same dark colours for a dark system and for dark chosen in Settings', () => {
    const system = declarations(':root', 1); // inside @media (prefers-color-scheme: dark)
    const chosen = declarations(":root[data-theme='dark']");
    expect(system.length).toBeGreaterThan(10);
    expect(chosen).toEqual(system);
  });

  it('uses the same light colours by default and for light chosen in Settings', () => {
    // The corner radius is not a colour: it is set once.
    const light = declarations(':root').filter((d) => !d.startsWith('--radius'));
    expect(declarations(":root[data-theme='light']")).toEqual(light);
  });

  it('gives every colour of the light theme a dark one', () => {
    const names = (ds: string[]) => ds.map((d) => d.split(':')[0]).sort();
    expect(names(declarations(":root[data-theme='dark']"))).toEqual(names(declarations(":root[data-theme='light']")));
  });
});
