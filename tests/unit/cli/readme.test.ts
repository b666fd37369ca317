// The README's command reference is the CLI's own --help, grouped: this keeps the two from drifting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/main/cli/commands';

const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

describe('README command reference', () => {
  it.each(commands.map((c) => [c.path.join(' '), c.usage]))('lists `%s` with its exact usage', (_name, usage) => {
    expect(readme).toContain(`- \`${usage}\` — `);
  });

  it('lists no command the CLI does not have', () => {
    const listed = [...readme.matchAll(/^- `([a-z]+(?: [a-z]+)?)[ `]/gm)].map((m) => m[1]);
    const known = new Set(commands.flatMap((c) => [c.path.join(' '), c.path[0]]));
    expect(listed.length).toBeGreaterThanOrEqual(commands.length);
    expect(listed.filter((name) => !known.has(name))).toEqual([]);
  });
});
