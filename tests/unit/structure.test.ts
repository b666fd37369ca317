// The rules every change keeps (docs/architecture.md): SQL only in store modules, no source file
// over 500 lines, no comment pointing at the tracker instead of saying why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

const rel = (p: string) => relative(ROOT, p);
/** A store module: a `store` folder, a `store.ts` / `*Store.ts` file, or a migration. */
export const isStoreModule = (path: string): boolean => /(^|\/)store\//.test(path) || /(^|\/)store\.ts$|Store\.ts$/.test(path);
/** better-sqlite3's ways into SQL, and the prepared-statement cache. */
const SQL_CALL = /\bdb\.(prepare|exec|pragma)\(|\bstatement\(\s*[a-zA-Z.]+\s*,/;

describe('the structure rules', () => {
  it('keeps every SQL statement of src/ in a store module', () => {
    const offenders = files(join(ROOT, 'src'), /\.(ts|svelte)$/)
      .map(rel)
      .filter((p) => !isStoreModule(p))
      .filter((p) => SQL_CALL.test(readFileSync(join(ROOT, p), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('recognises store modules by their names', () => {
    expect(isStoreModule('src/main/core/weight/store.ts')).toBe(true);
    expect(isStoreModule('src/main/core/training/store/sets.ts')).toBe(true);
    expect(isStoreModule('src/main/store/migrations/001_core.ts')).toBe(true);
    expect(isStoreModule('src/main/core/food/searchStore.ts')).toBe(true);
    expect(isStoreModule('src/main/core/weight/handlers.ts')).toBe(false);
    expect(isStoreModule('src/main/core/restore.ts')).toBe(false);
  });

  it('has no source file over 500 lines', () => {
    const long = [...files(join(ROOT, 'src'), /\.(ts|svelte|mjs)$/), ...files(join(ROOT, 'scripts'), /\.(ts|mjs)$/)]
      .map((p) => ({ file: rel(p), lines: readFileSync(p, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 500);
    expect(long).toEqual([]);
  });

  it('has no comment citing an issue number', () => {
    const cites = [...files(join(ROOT, 'src'), /\.(ts|svelte|mjs)$/), ...files(join(ROOT, 'scripts'), /\.(ts|mjs)$/), ...files(join(ROOT, 'tests'), /\.ts$/)]
      .filter((p) => !p.endsWith('structure.test.ts'))
      .flatMap((p) =>
        readFileSync(p, 'utf8')
          .split('\n')
          .map((line, i) => ({ at: `${rel(p)}:${i + 1}`, line }))
          .filter(({ line }) => /\bissues?\s*#?\d+\b|\(#\d+\)/i.test(line)),
      )
      .map((x) => x.at);
    expect(cites).toEqual([]);
  });
});
