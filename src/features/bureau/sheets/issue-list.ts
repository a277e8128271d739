import type { SheetIssue } from '@/lib/data/bureau-types';
import { englishIssueText } from './issue-text';
import { SHEET_LIMITS } from './types';

export type IssueInput = Omit<SheetIssue, 'message'>;

/** Collects problems up to a cap; past it, only counts them ("and N more"). */
export class IssueList {
  readonly list: SheetIssue[] = [];
  private more = 0;

  constructor(private readonly cap: number = SHEET_LIMITS.issues) {}

  add(issue: IssueInput): void {
    if (this.list.length >= this.cap) {
      this.more++;
      return;
    }
    this.list.push({ ...issue, message: englishIssueText(issue) });
  }

  get size(): number {
    return this.list.length + this.more;
  }

  /** The problems, with a last `too-many-issues` when some were only counted. */
  done(): SheetIssue[] {
    if (this.more === 0) return this.list;
    const last: IssueInput = { sheet: '', code: 'too-many-issues', params: { count: this.more } };
    return [...this.list, { ...last, message: englishIssueText(last) }];
  }
}
