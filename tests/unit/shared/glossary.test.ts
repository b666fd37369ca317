import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/shared/glossary';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []));

describe('the glossary', () => {
  it('gives each term plain words and a one-line explanation, without pointers into the app’s notes', () => {
    for (const [key, e] of Object.entries(GLOSSARY)) {
      expect(e.plain.length, key).toBeGreaterThan(2);
      expect(e.plain, key).not.toBe(e.term);
      expect(e.explain, key).not.toMatch(/\n|science\.md|§/);
      expect(e.explain.length, key).toBeLessThanOrEqual(160);
    }
  });

  it('every term is shown somewhere, and the screens name only terms it holds', () => {
    const used = new Set(files(join(__dirname, '../../../src/renderer/src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<Term term="(\w+)"/g)].map((m) => m[1])));
    const signalTable = readFileSync(join(__dirname, '../../../src/renderer/src/views/energy/SignalTable.svelte'), 'utf8');
    for (const m of signalTable.matchAll(/: '(\w+)',$/gm)) used.add(m[1]);
    expect([...used].filter((k) => !(k in GLOSSARY))).toEqual([]);
    expect(Object.keys(GLOSSARY).filter((k) => !used.has(k))).toEqual([]);
  });
});
