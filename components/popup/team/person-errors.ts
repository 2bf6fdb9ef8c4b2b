// The add/edit form's problems in plain language, each tied to the field it is about: checked before
// sending, or read from what the background refused (never "Invalid 'people/upsert' request: …"). Pure.
import type { AliasConflict } from '../../../lib/records/types';
import { ProtocolError } from '../../../lib/protocol/responses';
import { MAX_ALIASES } from '../../../lib/protocol/schemas';
import { emailProblem, handleProblem } from '../../../lib/protocol/validators';
import { notSavedSummary, refusedProblems, type FieldProblem } from '../form-errors';

export type PersonField = 'name' | 'handles' | 'emails' | 'timeZone' | 'workingHours' | 'outOfOffice';

/** The form's own words for its fields. */
export const FIELD_LABELS: Record<PersonField, string> = {
  name: 'Name',
  handles: 'Chat handles',
  emails: 'Emails',
  timeZone: 'Time zone',
  workingHours: 'Working hours',
  outOfOffice: 'Time off',
};

/** One problem; `field` null when it is about the whole form. */
export type FieldError = FieldProblem<PersonField>;

/** Each handle and email, checked before anything is sent. */
export function checkAliases(handles: readonly string[], emails: readonly string[]): FieldError[] {
  const out: FieldError[] = [];
  for (const e of emails) {
    if (emailProblem(e))
      out.push({ field: 'emails', message: `'${e}' is not an email address (write it like ana@example.com).` });
  }
  for (const h of handles) {
    if (handleProblem(h)) out.push({ field: 'handles', message: `'${h}' is not a handle (write it like @ana).` });
  }
  if (handles.length > MAX_ALIASES) out.push({ field: 'handles', message: `Give at most ${MAX_ALIASES} handles.` });
  if (emails.length > MAX_ALIASES) out.push({ field: 'emails', message: `Give at most ${MAX_ALIASES} emails.` });
  return out;
}

const FIELDS = Object.keys(FIELD_LABELS) as PersonField[];

/** The question to ask when a handle or email is someone else's; null for any other error. */
export function conflictOf(e: unknown): AliasConflict | null {
  if (!(e instanceof ProtocolError) || e.code !== 'conflict') return null;
  const c = (e.details as { conflict?: AliasConflict } | undefined)?.conflict;
  return c && typeof c.message === 'string' ? c : null;
}

/** What the background refused, as field errors in plain language. */
export function fieldErrors(e: unknown): FieldError[] {
  return refusedProblems<PersonField>(e, (path) => FIELDS.find((f) => f === path.split('.')[1]) ?? null, FIELD_LABELS);
}

/** The line announced at the top of the form: how many fields need a look, and which. */
export function summaryOf(errors: readonly FieldError[]): string {
  return notSavedSummary(errors, FIELD_LABELS);
}
