// JSON members of the account exports (Garmin, Fitbit): strict UTF-8, and a clear refusal when damaged.
import { invalid } from '../../../errors';
import { notUtf8 } from './xml';

export function parseJson(bytes: Buffer, what: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(what);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalid('file', `${what} is not valid JSON (${(err as Error).message}); the export may be damaged.`);
  }
}
