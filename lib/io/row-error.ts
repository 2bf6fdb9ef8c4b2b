// One problem in one row of an imported file.

/** `message` is a full sentence naming the row, field and value, ready to show as is. */
export interface RowError {
  /** 1-based; in CSV the header is row 1, so the first person is row 2 (as in a spreadsheet). */
  row: number;
  field: string;
  value?: string;
  message: string;
}

/** Builds a RowError whose message starts with "<label> <row>: ". */
export function rowError(label: string, row: number, field: string, problem: string, value?: string): RowError {
  return { row, field, ...(value === undefined ? {} : { value }), message: `${label} ${row}: ${problem}` };
}
