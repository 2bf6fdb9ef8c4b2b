// A form's problems in plain language, each tied to the field it is about, as the Team form first did:
// checked before sending, or read from what the background refused (never "Invalid 'settings/update'
// request: patch.me.timeZone …"). Every popup form uses these. Pure.
import { errorMessage } from '../../lib/contained';
import { ProtocolError } from '../../lib/protocol/responses';
import type { Issue } from '../../lib/protocol/validate';

/** One problem; `field` null when it is about the whole form. */
export interface FieldProblem<F extends string> {
  field: F | null;
  message: string;
}

/** Capitalised and ending in a full stop. */
export function sentence(message: string): string {
  const m = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.?!]$/.test(m) ? m : `${m}.`;
}

/** A schema library's own words ("Invalid length: Expected <=200 but received 250") are not for people. */
const INTERNAL = /^(Invalid \w+: Expected|Invalid type|Invalid key)/;

/**
 * What the background refused, as problems tied to fields: `fieldOf` maps an issue's path
 * ("patch.me.timeZone") to a field, or null; `labels` word a field whose message is the library's own.
 */
export function refusedProblems<F extends string>(
  e: unknown,
  fieldOf: (path: string) => F | null,
  labels: Record<F, string>,
): FieldProblem<F>[] {
  if (e instanceof ProtocolError && e.code === 'invalid-request') {
    const issues = (e.details as { issues?: Issue[] } | undefined)?.issues ?? [];
    const out = issues.map((i): FieldProblem<F> => {
      const field = fieldOf(i.path);
      if (!field)
        return { field: null, message: 'Composure could not save this form; check each field and try again.' };
      return {
        field,
        message: INTERNAL.test(i.message)
          ? `${labels[field]} is not accepted as it is: check it.`
          : sentence(i.message),
      };
    });
    if (out.length) return out;
  }
  return [{ field: null, message: errorMessage(e) }];
}

/** The line announced at the top of a form: how many fields need a look, and which. */
export function notSavedSummary<F extends string>(
  problems: readonly FieldProblem<F>[],
  labels: Record<F, string>,
): string {
  const fields = [...new Set(problems.map((p) => p.field).filter((f): f is F => f !== null))];
  if (fields.length === 0) return problems[0]?.message ?? '';
  const names = fields.map((f) => labels[f]).join(', ');
  return `Not saved: check ${fields.length === 1 ? 'one field' : `${fields.length} fields`} (${names}).`;
}

/** The messages about one field, joined; '' when there are none. */
export function messagesOf<F extends string>(problems: readonly FieldProblem<F>[], field: F): string {
  return problems
    .filter((p) => p.field === field)
    .map((p) => p.message)
    .join(' ');
}

/** aria-invalid and aria-describedby for a control whose note has id `noteId`, when it has a problem. */
export function invalidProps(noteId: string, invalid: boolean): Record<string, string | boolean> {
  return invalid ? { 'aria-invalid': true, 'aria-describedby': noteId } : {};
}
