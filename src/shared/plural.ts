/**
 * A count with its noun in the right number: "1 session", "2 sessions", "0 sessions", "1,200 sets".
 * `many` is for nouns that do not just take an s ("1 entry", "3 entries").
 */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}
