/** One problem found in data/: what, and where (file, record, field). */
export interface DataIssue {
  file: string;
  record?: string;
  field?: string;
  message: string;
}

export function formatIssue(i: DataIssue): string {
  const where = [i.file, i.record && `record ${i.record}`, i.field && `field ${i.field}`].filter(Boolean);
  return `${where.join(': ')}: ${i.message}`;
}

/** Thrown when a file cannot be read at all; later checks need its contents. */
export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'DataError';
  }
}

/** Collects issues; `check()` throws them all at once so a planner sees every problem in one run. */
export class IssueList {
  readonly items: DataIssue[] = [];
  add(i: DataIssue): void {
    this.items.push(i);
  }
  check(): void {
    if (this.items.length > 0) throw new DataError(this.items);
  }
}
