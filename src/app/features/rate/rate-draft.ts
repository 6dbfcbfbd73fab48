import type { Answer, StatementId } from '../../../shared/content/statements';

export interface DraftAnswer {
  answer: Answer;
  comment?: string;
}

export interface RateDraft {
  step: number;
  answers: Partial<Record<StatementId, DraftAnswer>>;
}

const KEY = 'your-say:rate-draft';

/** Answers not yet sent live for this visit only, so a reload does not lose them. */
export function loadDraft(set: string): RateDraft {
  try {
    const saved = JSON.parse(sessionStorage.getItem(`${KEY}:${set}`) ?? 'null') as RateDraft | null;
    return saved ?? { step: 0, answers: {} };
  } catch {
    return { step: 0, answers: {} };
  }
}

export function saveDraft(set: string, draft: RateDraft): void {
  try {
    sessionStorage.setItem(`${KEY}:${set}`, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft still lives in memory.
  }
}

export function clearDraft(set: string): void {
  try {
    sessionStorage.removeItem(`${KEY}:${set}`);
  } catch {
    // nothing to clear
  }
}

/** "Clear my answers": every rating draft of this visit, of both statement sets. Answers how many held answers. */
export function clearAllDrafts(): number {
  let withAnswers = 0;
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (!key.startsWith(`${KEY}:`)) continue;
      const draft = JSON.parse(sessionStorage.getItem(key) ?? 'null') as RateDraft | null;
      if (draft && Object.keys(draft.answers).length > 0) withAnswers += 1;
      sessionStorage.removeItem(key);
    }
  } catch {
    // Storage blocked: there is nothing there to clear.
  }
  return withAnswers;
}
