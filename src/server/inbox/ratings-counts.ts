import type { AnswerCounts } from '../../shared/inbox/ratings-wire';

export const noAnswers = (): AnswerCounts => ({ yes: 0, sometimes: 0, notReally: 0, skip: 0, total: 0 });

/** Adds `n` answers of one kind; anything not yes/sometimes/not-really was skipped. */
export function addAnswers(counts: AnswerCounts, answer: string, n: number): void {
  if (answer === 'yes') counts.yes += n;
  else if (answer === 'sometimes') counts.sometimes += n;
  else if (answer === 'not-really') counts.notReally += n;
  else counts.skip += n;
  counts.total += n;
}
