/**
 * What the importer tells the person running it. Every rejected row is an error with its file
 * and line (CSV) or JSON path; warnings say what was imported differently from the input, and
 * notes what was left out on purpose (tables and columns Puente does not keep).
 */
export interface Where {
  file: string;
  /** 1-based line of a CSV record (where it starts). */
  line?: number;
  /** JSON path of an object in a JSON input, e.g. $.service_at_locations[0].location. */
  path?: string;
}

export interface Problem extends Where {
  message: string;
}

export function describeWhere(where: Where): string {
  if (where.line !== undefined) return `${where.file}:${where.line}`;
  if (where.path) return `${where.file} ${where.path}`;
  return where.file;
}

export class Problems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  readonly notes: string[] = [];

  error(where: Where, message: string) {
    this.errors.push({ ...where, message });
  }

  warn(where: Where, message: string) {
    this.warnings.push({ ...where, message });
  }

  note(message: string) {
    if (!this.notes.includes(message)) this.notes.push(message);
  }
}
