// A failed save as a form shows it. Kept apart from forms.ts, which stays free of the API client (its
// module picks a transport when loaded) so it can be unit-tested under Node.
import { ApiError } from './api';
import { fieldMessage } from './forms';

/** The core's refusal under the field it names (by the form's labels); any other failure for the whole form. */
export function failureMessage(e: unknown, labels: Record<string, string>): { field: string | null; message: string } {
  return e instanceof ApiError ? fieldMessage(e, labels) : { field: null, message: (e as Error).message };
}
