// One date language and counts in the right number: every date or time on screen goes through
// src/shared/dateFormat.ts and every counted noun through src/shared/plural.ts. These scans find the
// ways around them in the renderer and the chart configurations, and name the file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SCANNED = ['src/renderer/src', 'src/shared/charts'];
const HELPER = 'src/shared/dateFormat.ts';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|svelte)$/.test(name)) out.push(p);
  }
  return out;
}

/** Dates formatted by hand: the locale's own formatters, date-fns, a home-made month or weekday list. */
export const DATE_BYPASSES: [RegExp, string][] = [
  [/\.toLocaleDateString\(|\.toLocaleTimeString\(/, 'toLocaleDateString/toLocaleTimeString'],
  [/new Intl\.DateTimeFormat\(/, 'new Intl.DateTimeFormat'],
  [/toLocaleString\([^)]*(dateStyle|timeStyle|weekday|month)/, 'toLocaleString with date options'],
  [/from 'date-fns'|parseISO\(/, 'date-fns formatting'],
  [/\[\s*'Jan',\s*'Feb'|\[\s*'January',|\[\s*'Mon',\s*'Tue'|\[\s*'Sun',\s*'Mon'|\[\s*'Monday',|\[\s*'Sunday',/, 'a hand-made month or weekday list'],
];

/** A noun put in the plural by hand instead of with plural(): `day{n === 1 ? '' : 's'}`, `'row' : 'rows'`, "item(s)". */
export const PLURAL_BYPASSES: [RegExp, string][] = [
  [/\?\s*''\s*:\s*'s'|\?\s*'s'\s*:\s*''/, "a hand-made plural s (? '' : 's')"],
  [/===?\s*1\s*\?\s*'([a-z][a-z -]*)'\s*:\s*'\1s'/, "a hand-made plural (=== 1 ? 'word' : 'words')"],
  [/(^|[\s>"'`])[a-z]+\(s\)(?=[\s.,:!?'"`<]|$)/, 'a "(s)" plural'],
];

export function bypasses(text: string, rules: [RegExp, string][]): { line: number; what: string }[] {
  const found: { line: number; what: string }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [re, what] of rules) if (re.test(line)) found.push({ line: i + 1, what });
  });
  return found;
}

function scan(rules: [RegExp, string][]): string[] {
  return SCANNED.flatMap((dir) => files(join(ROOT, dir)))
    .map((p) => relative(ROOT, p))
    .filter((p) => p !== HELPER)
    .flatMap((p) => bypasses(readFileSync(join(ROOT, p), 'utf8'), rules).map((b) => `${p}:${b.line}: ${b.what}`));
}

describe('one date helper and one plural helper', () => {
  it('formats every date and time of the renderer and the charts with src/shared/dateFormat.ts', () => {
    expect(scan(DATE_BYPASSES)).toEqual([]);
  });

  it('puts every counted noun of the renderer and the charts in the plural with src/shared/plural.ts', () => {
    expect(scan(PLURAL_BYPASSES)).toEqual([]);
  });

  it('catches each way around the helpers, with its line', () => {
    const dates = [
      "const f = new Intl.DateTimeFormat(undefined, { month: 'short' });",
      'd.toLocaleDateString()',
      "new Date(iso).toLocaleString(undefined, { dateStyle: 'medium' })",
      "import { format } from 'date-fns';",
      "const MONTHS = ['Jan', 'Feb', 'Mar'];",
      "const WEEKDAYS = ['Mon', 'Tue', 'Wed'];",
    ];
    expect(bypasses(dates.join('\n'), DATE_BYPASSES).map((b) => b.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bypasses("n.toLocaleString('en-US')", DATE_BYPASSES)).toEqual([]);
    const counts = ["`${n} day${n === 1 ? '' : 's'}`", "{n} {n === 1 ? 'row' : 'rows'}", 'Deleted the item(s)'];
    expect(bypasses(counts.join('\n'), PLURAL_BYPASSES).map((b) => b.line)).toEqual([1, 2, 3]);
    expect(bypasses("plural(n, 'entry', 'entries') {sessionName(s)} training.setText(s);", PLURAL_BYPASSES)).toEqual([]);
  });
});
