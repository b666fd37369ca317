import { describe, expect, it } from 'vitest';
import { fieldMessage, parseNumberField } from '../../src/renderer/src/lib/forms';

describe('parseNumberField', () => {
  it('reads decimals with a point or a comma, and empty as null', () => {
    expect(parseNumberField('80.5', 'Weight')).toEqual({ ok: true, value: 80.5 });
    expect(parseNumberField(' 80,5 ', 'Weight')).toEqual({ ok: true, value: 80.5 });
    expect(parseNumberField('', 'Body fat')).toEqual({ ok: true, value: null });
    expect(parseNumberField(null, 'Body fat')).toEqual({ ok: true, value: null });
  });

  it('names the field when text is typed into a number field', () => {
    const r = parseNumberField('eighty', 'Weight', { example: '80.5' });
    expect(r).toEqual({ ok: false, message: 'Weight must be a number, like 80.5 (you typed “eighty”).' });
    expect(parseNumberField('80kg', 'Weight').ok).toBe(false);
    expect(parseNumberField('1e3', 'Weight').ok).toBe(false);
    expect(parseNumberField('8.0.1', 'Weight').ok).toBe(false);
  });

  it('enforces required and whole numbers', () => {
    expect(parseNumberField('  ', 'Height', { required: true })).toEqual({ ok: false, message: 'Height is required.' });
    expect(parseNumberField('55.5', 'Resting heart rate', { integer: true })).toEqual({
      ok: false,
      message: 'Resting heart rate must be a whole number (you typed “55.5”).',
    });
    expect(parseNumberField('55', 'Resting heart rate', { integer: true })).toEqual({ ok: true, value: 55 });
  });
});

describe('fieldMessage', () => {
  const labels = { date: 'Date', weightKg: 'Weight', heightCm: 'Height' };

  it('turns the core’s "key: message" into a sentence about the field’s label', () => {
    expect(fieldMessage({ field: 'date', message: 'date: must be a real date written YYYY-MM-DD.' }, labels)).toEqual({
      field: 'date',
      message: 'Date must be a real date written YYYY-MM-DD.',
    });
    expect(fieldMessage({ field: 'weightKg', message: 'weightKg: weight must be between 20 and 400 kg.' }, labels)).toEqual({
      field: 'weightKg',
      message: 'Weight must be between 20 and 400 kg.',
    });
  });

  it('keeps handler messages that already read as sentences', () => {
    const m = 'The date 2026-12-01 is in the future; weigh-ins can be logged up to today (2026-11-26).';
    expect(fieldMessage({ field: 'date', message: m }, labels)).toEqual({ field: 'date', message: m });
  });

  it('reports no field when the form has none by that name', () => {
    expect(fieldMessage({ field: 'id', message: 'No weigh-in with id 9.' }, labels)).toEqual({ field: null, message: 'No weigh-in with id 9.' });
    expect(fieldMessage({ message: 'Internal error in weight.add. Nothing was changed.' }, labels).field).toBeNull();
  });
});
