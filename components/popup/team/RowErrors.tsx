// Per-row problems in an import file: "Row 4 · timeZone · 'Europe/Berln' is not a valid IANA time zone".
import type { RowError } from '../../../lib/io/row-error';

/** The problem without the "Row 4: " prefix (and the field name, which has its own column). */
export function problemText(e: RowError): string {
  const rest = e.message.replace(/^(Row|Person) \d+: /, '');
  return rest.startsWith(`${e.field} `) ? rest.slice(e.field.length + 1) : rest;
}

const MAX_SHOWN = 50;

/** A list of row errors; long lists are cut with a count of the rest. */
export function RowErrors({ errors, label, id }: { errors: readonly RowError[]; label: string; id?: string }) {
  const shown = errors.slice(0, MAX_SHOWN);
  return (
    <div class="row-errors" role="alert" id={id}>
      <strong>Nothing was imported.</strong> Fix {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} and try again:
      <ul data-testid="import-errors">
        {shown.map((e, i) => (
          <li key={i}>
            <span class="row-ref">{label} {e.row}</span> · <code>{e.field}</code> · {problemText(e)}
          </li>
        ))}
      </ul>
      {errors.length > MAX_SHOWN && <p class="muted small">…and {errors.length - MAX_SHOWN} more.</p>}
    </div>
  );
}
