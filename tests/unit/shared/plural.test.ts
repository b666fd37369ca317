import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/shared/plural';

describe('plural', () => {
  it('says one thing in the singular and every other count in the plural', () => {
    expect(plural(1, 'session')).toBe('1 session');
    expect(plural(2, 'session')).toBe('2 sessions');
    expect(plural(0, 'session')).toBe('0 sessions');
  });

  it('takes the plural form of nouns that do not just add an s', () => {
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('groups the thousands of a large count as every other number on screen', () => {
    expect(plural(1200, 'set')).toBe('1,200 sets');
  });
});
