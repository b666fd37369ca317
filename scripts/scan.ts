// `npm run scan`: Electronegativity (pinned, through npx) over the sources and the build, for the
// Electron version in package.json. It exits 0 whatever it finds, so this reads its CSV: any HIGH or
// MEDIUM fails, and so does a LOW without a waiver in the code it points at, a comment
// `electronegativity-waiver CHECK_ID: why` on one of the three lines above it. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

const ELECTRONEGATIVITY = '@doyensec/electronegativity@1.10.3';
const root = resolve(__dirname, '..');
const electronVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron;

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  sample: string;
}

function scan(input: string): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'hp-scan-'));
  const csv = join(dir, 'findings.csv');
  try {
    const r = spawnSync('npx', ['-y', ELECTRONEGATIVITY, '-i', input, '-o', csv, '-e', electronVersion, '-r', '-v', 'false'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(csv)) throw new Error(`electronegativity failed on ${input}: ${r.stderr || r.stdout}`);
    // Electronegativity writes a finding's code sample unquoted, quotes and all (a CSP string): relax_quotes reads it as text.
    return parse(readFileSync(csv, 'utf8'), { columns: true, trim: true, skip_empty_lines: true, relax_quotes: true }) as Finding[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file whose comments may waive a finding. Bundling drops line comments, so a finding in the
 * build is read against its source: only src/main/index.ts and the preload import Electron.
 */
function sourceOf(input: string, filename: string): string {
  if (input === 'src') return join(root, 'src', filename);
  if (filename.startsWith('main/')) return join(root, 'src/main/index.ts');
  if (filename.startsWith('preload/')) return join(root, 'src/preload/index.ts');
  return join(root, 'src', filename);
}

/** The waiver's reason, or null. In the build (lines moved) any waiver of the same check in the source counts. */
function waiver(input: string, f: Finding): string | null {
  const file = sourceOf(input, f.filename);
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = Number(f.location.split(':')[0]);
  const candidates = input === 'src' ? lines.slice(Math.max(0, line - 4), line) : lines;
  const pattern = new RegExp(`electronegativity-waiver ${f.issue}: (.+?)(?:\\s*-->)?$`);
  for (const l of candidates) {
    const m = pattern.exec(l.trim());
    if (m) return m[1];
  }
  return null;
}

function main(): void {
  if (!existsSync(join(root, 'out/main/index.js'))) {
    console.error('scan: the build is missing (out/main/index.js); run npm run build first.');
    process.exit(1);
  }
  let failed = false;
  const summary: string[] = [];
  for (const input of ['src', 'out']) {
    const findings = scan(input);
    const count = (sev: string) => findings.filter((f) => f.severity === sev).length;
    const waivable = (f: Finding) => f.severity !== 'HIGH' && f.severity !== 'MEDIUM';
    const unwaived = findings.filter((f) => !waivable(f) || !waiver(input, f));
    for (const f of findings) {
      const why = waivable(f) ? waiver(input, f) : null;
      console.log(`  ${input}/${f.filename}:${f.location} ${f.severity} ${f.issue} — ${why ? `waived: ${why}` : 'NOT WAIVED'}`);
    }
    summary.push(`${input}: ${count('HIGH')} HIGH, ${count('MEDIUM')} MEDIUM, ${count('LOW')} LOW, ${unwaived.length} failing (HIGH, MEDIUM, or LOW without a waiver)`);
    if (unwaived.length) failed = true;
  }
  console.log(`scan (${ELECTRONEGATIVITY}, Electron ${electronVersion}): ${summary.join('; ')} — ${failed ? 'FAILED' : 'ok'}`);
  process.exit(failed ? 1 : 0);
}

main();
