// Turning what a user typed into contract input, and the core's errors back into a message under
// the right field. Ranges and dates are checked by the core (one source of truth); here we only
// catch what cannot be sent at all, such as letters in a number field.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface NumberRules {
  /** Empty input is an error instead of null. */
  required?: boolean;
  integer?: boolean;
  /** Shown in the message, e.g. '80.5'. */
  example?: string;
}

/** A decimal number as typed: accepts a comma as the decimal separator ("80,5"). Empty → null. */
export function parseNumberField(raw: string | number | null | undefined, label: string, rules: NumberRules = {}): Parsed<number | null> {
  const text = raw == null ? '' : String(raw).trim();
  if (text === '') return rules.required ? { ok: false, message: `${label} is required.` } : { ok: true, value: null };
  const normalized = text.replace(/\s+/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalized)) {
    const example = rules.example ?? (rules.integer ? '60' : '80.5');
    return { ok: false, message: `${label} must be a number, like ${example} (you typed “${text}”).` };
  }
  const value = Number(normalized);
  if (rules.integer && !Number.isInteger(value)) return { ok: false, message: `${label} must be a whole number (you typed “${text}”).` };
  return { ok: true, value };
}

export interface FieldErrorSource {
  message: string;
  field?: string;
}

/**
 * The core's error as a sentence for the field it names. The core prefixes messages with the field's
 * key ("weightKg: weight must be …"); on screen the field's label reads better ("Weight must be …").
 */
export function fieldMessage(err: FieldErrorSource, labels: Record<string, string>): { field: string | null; message: string } {
  const field = err.field && err.field in labels ? err.field : null;
  let text = err.message.trim();
  if (err.field && text.startsWith(`${err.field}: `)) text = text.slice(err.field.length + 2);
  const label = field ? labels[field] : null;
  if (label && /^(must|is|cannot|should)\b/.test(text)) text = `${label} ${text}`;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (!/[.!?]$/.test(text)) text += '.';
  return { field, message: text };
}

/** Moves focus to the first field marked invalid inside `root`, so the message is where the user looks. */
export function focusFirstInvalid(root: ParentNode = document): void {
  const el = root.querySelector<HTMLElement>('[aria-invalid="true"] input, input[aria-invalid="true"], select[aria-invalid="true"]');
  el?.focus();
}
