import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeFeed, recordChange } from '../../../src/main/core/changes';
import { openDatabase } from '../../../src/main/store/db';

describe('change feed', () => {
  it('reports exactly the days a write named, once, to every feed of the connection', () => {
    const db = openDatabase(':memory:');
    const a = changeFeed(db);
    const b = changeFeed(db);
    expect(a.take()).toEqual({ all: false, dates: new Set(), foods: false });
    recordChange(db, ['2026-11-01', '2026-11-03']);
    recordChange(db, ['2026-11-01']);
    expect(a.take()).toEqual({ all: false, dates: new Set(['2026-11-01', '2026-11-03']), foods: false });
    expect(a.take().dates.size).toBe(0);
    recordChange(db, 'foods');
    expect(b.take()).toEqual({ all: false, dates: new Set(['2026-11-01', '2026-11-03']), foods: true });
  });

  it("says 'all' after a change to everything, and after another connection committed", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hp-changes-')), 'x.db');
    const db = openDatabase(file);
    const other = openDatabase(file);
    const feed = changeFeed(db);
    recordChange(db, 'all');
    expect(feed.take()).toMatchObject({ all: true, foods: true });
    expect(feed.take().all).toBe(false);
    other.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('a', '1');
    expect(feed.take().all).toBe(true);
    // This connection's own commits do not look like someone else's.
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('b', '2');
    expect(feed.take().all).toBe(false);
  });
});
