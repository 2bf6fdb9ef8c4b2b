// RFC 4180 CSV reading and writing. Pure. Accepts what spreadsheets actually produce:
// a UTF-8 BOM, CRLF / LF / CR line ends, quoted fields with commas, quotes ("") and newlines.

/** Records (arrays of fields) and the syntax errors found; `row` is the 1-based record number. */
export interface CsvParse {
  records: string[][];
  errors: Array<{ row: number; message: string }>;
}

/** Splits CSV text into records. A blank line is kept as a record with one empty field. */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  const errors: CsvParse['errors'] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quotedRow = -1; // record number of an unterminated quote, reported once
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const row = records.length + 1;
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            field += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        field += text[j++];
      }
      if (!closed) quotedRow = row;
      // After a closing quote only a delimiter or line end may follow.
      if (closed && j < text.length && !',\r\n'.includes(text[j]!)) {
        errors.push({ row, message: `text after a closing quote in field ${record.length + 1}` });
        while (j < text.length && !',\r\n'.includes(text[j]!)) field += text[j++];
      }
      i = j;
      continue;
    }
    if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  // A final line break does not start another record.
  if (field !== '' || record.length > 0 || quotedRow > 0) endRecord();
  if (quotedRow > 0) errors.push({ row: quotedRow, message: 'a quoted field is never closed (missing ")' });
  return { records, errors };
}

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Writes records as CSV with CRLF line ends (RFC 4180), quoting only where needed. */
export function serializeCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
