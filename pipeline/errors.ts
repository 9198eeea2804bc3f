/**
 * The one error class for problems in the user's data or study definition.
 * Programming mistakes throw the built-in `TypeError`/`RangeError` instead.
 * The command line prints `DataError`s as one clear message and exits with code 2.
 * @module
 */

/** Where in the user's input a problem was found, and what to do about it. */
export interface DataErrorDetails {
  /** Pipeline stage: "study", "ingest", "clean", "score", "correlate", "regress", "mediate", "report", "options". */
  stage: string;
  file?: string | null;
  /** 1-based row of the file, the header being row 1. */
  row?: number | null;
  column?: string | null;
  found?: string | null;
  expected?: string | null;
  /** What the user can do. */
  hint?: string | null;
}

/** A problem with the user's data, study definition or options. */
export class DataError extends Error {
  readonly stage: string;
  readonly file: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly found: string | null;
  readonly expected: string | null;
  readonly hint: string | null;

  constructor(message: string, details: DataErrorDetails) {
    super(message);
    this.name = "DataError";
    this.stage = details.stage;
    this.file = details.file ?? null;
    this.row = details.row ?? null;
    this.column = details.column ?? null;
    this.found = details.found ?? null;
    this.expected = details.expected ?? null;
    this.hint = details.hint ?? null;
  }

  /** One human-readable block: location, problem, what was found/expected, the fix. */
  format(): string {
    const where = [
      this.file,
      this.row === null ? null : `row ${this.row}`,
      this.column === null ? null : `column "${this.column}"`,
    ].filter((part) => part !== null).join(", ");
    const lines = [`error (${this.stage})${where ? ` in ${where}` : ""}: ${this.message}`];
    if (this.found !== null) lines.push(`  found:    ${_clip(this.found)}`);
    if (this.expected !== null) lines.push(`  expected: ${this.expected}`);
    if (this.hint !== null) lines.push(`  fix:      ${this.hint}`);
    return lines.join("\n");
  }
}

/** Several data errors found together (e.g. every problem of a study file). */
export class DataErrors extends DataError {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    const first = errors[0];
    super(`${errors.length} problem(s) found`, { stage: first.stage, file: first.file });
    this.name = "DataErrors";
    this.errors = errors;
  }
  override format(): string {
    return this.errors.map((e) => e.format()).join("\n");
  }
}

function _clip(text: string): string {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}..."` : oneLine;
}
