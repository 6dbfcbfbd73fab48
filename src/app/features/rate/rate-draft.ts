import { ALL_STATEMENT_IDS, ANSWERS, type Answer, type StatementId } from '../../../shared/content/statements';
import { asRecord, asString, clearDraft as clear, loadDraft as load, pick, saveDraft as save } from '../drafts/session-draft';

export interface DraftAnswer {
  answer: Answer;
  comment?: string;
}

export interface RateDraft {
  step: number;
  answers: Partial<Record<StatementId, DraftAnswer>>;
}

/** Rebuilds a saved draft, keeping only known statements and answers. */
function revive(raw: unknown): RateDraft {
  const record = asRecord(raw);
  const answers: RateDraft['answers'] = {};
  const saved = asRecord(record.answers);
  for (const id of ALL_STATEMENT_IDS) {
    const entry = asRecord(saved[id]);
    const answer = pick(entry.answer, ANSWERS);
    if (!answer) continue;
    const comment = asString(entry.comment);
    answers[id] = { answer, ...(comment ? { comment } : {}) };
  }
  const step = typeof record.step === 'number' && Number.isInteger(record.step) && record.step >= 0 ? record.step : 0;
  return { step, answers };
}

/** Answers not yet sent live for this visit only, so a reload does not lose them. */
export function loadDraft(set: string): RateDraft {
  return load(`rate:${set}`, revive);
}

export function saveDraft(set: string, draft: RateDraft): void {
  save(`rate:${set}`, draft);
}

export function clearDraft(set: string): void {
  clear(`rate:${set}`);
}
