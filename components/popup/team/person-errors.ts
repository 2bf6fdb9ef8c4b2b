// The add/edit form's problems in plain language, each tied to the field it is about: checked before
// sending, or read from what the background refused (never "Invalid 'people/upsert' request: …"). Pure.
import type { AliasConflict } from '../../../lib/db/alias-conflict';
import { ProtocolError } from '../../../lib/protocol/responses';
import { MAX_ALIASES } from '../../../lib/protocol/schemas';
import type { Issue } from '../../../lib/protocol/validate';
import { emailProblem, handleProblem } from '../../../lib/protocol/validators';

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
export interface FieldError {
  field: PersonField | null;
  message: string;
}

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
  if (e instanceof ProtocolError && e.code === 'invalid-request') {
    const issues = (e.details as { issues?: Issue[] } | undefined)?.issues ?? [];
    const out = issues.map((i): FieldError => {
      const [, key] = i.path.split('.');
      const field = FIELDS.find((f) => f === key) ?? null;
      const message = i.message.charAt(0).toUpperCase() + i.message.slice(1);
      return field
        ? { field, message: /[.?!]$/.test(message) ? message : `${message}.` }
        : { field: null, message: 'Composure could not save this form; check each field and try again.' };
    });
    if (out.length) return out;
  }
  const text = e instanceof Error ? e.message : String(e);
  return [{ field: null, message: text }];
}

/** The line announced at the top of the form: how many fields need a look, and which. */
export function summaryOf(errors: readonly FieldError[]): string {
  const fields = [...new Set(errors.map((e) => e.field).filter((f): f is PersonField => f !== null))];
  if (fields.length === 0) return errors[0]?.message ?? '';
  const names = fields.map((f) => FIELD_LABELS[f]).join(', ');
  return `Not saved: check ${fields.length === 1 ? 'one field' : `${fields.length} fields`} (${names}).`;
}
