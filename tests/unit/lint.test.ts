import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run lint` must fail on what it exists to catch. Each check runs the project's own config
// (.dependency-cruiser.cjs, knip.json) on a tiny planted project, so a config that stops biting fails here.

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
let dir: string;

function plant(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function run(bin: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(join(BIN, bin), args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-lint-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  copyFileSync(join(ROOT, 'knip.json'), join(dir, 'knip.json'));
  plant({
    'package.json': JSON.stringify({ name: 'lint-fixture', private: true, type: 'module', bin: { fixture: 'src/main/cli/main.ts' } }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true } }),
    // A cycle, analysis reaching into core, a store importing handlers, the renderer importing main, core importing Electron.
    'src/main/cli/main.ts': "import { a } from '../core/a';\nimport { pure } from '../analysis/pure';\nimport { read } from '../core/x/store';\nimport '../core/uses';\nimport '../core/desk';\nconsole.log(a(), pure(), read);\n",
    'src/main/core/a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
    'src/main/core/b.ts': "import { a } from './a';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n",
    'src/main/analysis/pure.ts': "import { a } from '../core/a';\nexport const pure = (): number => a();\n",
    'src/main/core/x/handlers.ts': 'export const handlers = {};\n',
    'src/main/core/x/store.ts': "import { handlers } from './handlers';\nexport const read = handlers;\n",
    'src/main/core/desk.ts': "import { app } from 'electron';\nconsole.log(app);\n",
    'src/renderer/src/main.ts': "import { a } from '../../main/core/a';\nconsole.log(a());\n",
    // Knip: an export nothing imports.
    'src/main/core/unused.ts': "export const used = 1;\nexport const neverImported = 2;\n",
    'src/main/core/uses.ts': "import { used } from './unused';\nconsole.log(used);\n",
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run lint bites', () => {
  it('dependency-cruiser fails on a cycle, analysis importing core, a store importing handlers, the renderer importing main, core importing electron', () => {
    const r = run('depcruise', ['src', '--config', '.dependency-cruiser.cjs']);
    expect(r.status, r.out).not.toBe(0);
    expect(r.out).toMatch(/no-circular: src\/main\/core\/a\.ts/);
    expect(r.out).toMatch(/analysis-is-pure: src\/main\/analysis\/pure\.ts → src\/main\/core\/a\.ts/);
    expect(r.out).toMatch(/store-imports-no-handlers: src\/main\/core\/x\/store\.ts → src\/main\/core\/x\/handlers\.ts/);
    expect(r.out).toMatch(/renderer-imports-only-shared: src\/renderer\/src\/main\.ts → src\/main\/core\/a\.ts/);
    expect(r.out).toMatch(/core-without-electron: src\/main\/core\/desk\.ts → .*electron/);
  });

  it('knip fails on an unused export', () => {
    const r = run('knip', ['--include', 'exports']);
    expect(r.status, r.out).not.toBe(0);
    expect(r.out).toMatch(/neverImported\s+src\/main\/core\/unused\.ts/);
    expect(r.out).not.toMatch(/\bused\s+src\/main\/core\/unused\.ts/);
  });
});
