import { AppError } from '../errors';
import type { ParsedValues } from './types';

// Turning CLI flags into contract input. Parsing errors name the flag, like the contract names fields.

export function str(values: ParsedValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requireStr(values: ParsedValues, name: string): string {
  const v = str(values, name);
  if (v === undefined || v === '') throw new AppError('invalid_input', `--${name} is required.`, name);
  return v;
}

/**
 * Plain decimal only: an optional sign, digits, an optional fraction (80, -2, 72.5, .5). Number()
 * would also take 0x50, 1e3, 0b1 and Infinity, which nobody means when typing a weight.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function num(values: ParsedValues, name: string): number | undefined {
  const v = str(values, name);
  if (v === undefined) return undefined;
  if (!DECIMAL.test(v.trim())) throw new AppError('invalid_input', `--${name} must be a number (got "${v}"), written as a plain decimal such as 80 or 72.5.`, name);
  return Number(v.trim());
}

export function int(values: ParsedValues, name: string): number | undefined {
  const n = num(values, name);
  if (n !== undefined && !Number.isInteger(n)) throw new AppError('invalid_input', `--${name} must be a whole number (got "${str(values, name)}").`, name);
  return n;
}

/** A whole number written in decimal digits only ("150"; not "0x96", "1.5e2" or "150.0"). */
export function decimalInt(values: ParsedValues, name: string): number | undefined {
  const v = str(values, name);
  if (v === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(v.trim())) throw new AppError('invalid_input', `--${name} must be a whole number in decimal digits (got "${v}").`, name);
  return Number(v.trim());
}

export function requireNum(values: ParsedValues, name: string): number {
  const n = num(values, name);
  if (n === undefined) throw new AppError('invalid_input', `--${name} is required.`, name);
  return n;
}

export function flag(values: ParsedValues, name: string): boolean {
  return values[name] === true;
}

/** Exactly one of the named flags must be given. */
export function oneOf(values: ParsedValues, names: string[]): string {
  const given = names.filter((n) => values[n] !== undefined);
  if (given.length !== 1) {
    throw new AppError('invalid_input', `Give exactly one of ${names.map((n) => `--${n}`).join(', ')}.`, names[0]);
  }
  return given[0];
}

/** Simple aligned text table for human output. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '—' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
