import { ADVOCATE_TOPICS, type AdvocateRequestPayload, type AdvocateTopic } from '../../../shared/kinds/advocate-request';
import { URGENCIES, type Urgency } from '../../../shared/kinds/contact';
import { EMPTY_CONTACT, type ContactDraft, type ContactProblem, checkContact, reviveContact } from '../contact/contact-draft';
import { asRecord, asString, pick, pickAll } from '../drafts/session-draft';
import { profileFieldsForSending } from '../profile/profile';

/** The request while the child fills it in: kept for this visit only (a session draft), never sent until Send. */
export interface AdvocateDraft {
  topics: AdvocateTopic[];
  details: string;
  contact: ContactDraft;
  needs: string;
  urgency: Urgency | '';
}

export const EMPTY_ADVOCATE_DRAFT: AdvocateDraft = { topics: [], details: '', contact: EMPTY_CONTACT, needs: '', urgency: '' };

/** One short question per screen, then a check of every answer. */
export const ADVOCATE_STEPS = ['topics', 'details', 'contact', 'safety', 'needs', 'urgency', 'check'] as const;
export type AdvocateStep = (typeof ADVOCATE_STEPS)[number];

/** The payload to save, or the contact problems that stop it. */
export function toAdvocatePayload(draft: AdvocateDraft): { ok: true; payload: AdvocateRequestPayload } | { ok: false; problems: ContactProblem[] } {
  const checked = checkContact(draft.contact);
  if (!checked.ok) return checked;
  const details = draft.details.trim();
  const needs = draft.needs.trim();
  return {
    ok: true,
    payload: {
      topics: draft.topics,
      contact: checked.contact,
      ...(details ? { details } : {}),
      ...(needs ? { needs } : {}),
      ...(draft.urgency ? { urgency: draft.urgency } : {}),
      ...profileFieldsForSending(),
    },
  };
}

/** Where the child is in the request: kept for this visit, so Help now or Back loses nothing. */
export interface AdvocateProgress {
  index: number;
  draft: AdvocateDraft;
  /** Came from "Check your answers" to change one answer: Next goes back there. */
  returnToCheck: boolean;
}

export const ADVOCATE_DRAFT_NAME = 'advocate';

export function reviveAdvocateProgress(raw: unknown): AdvocateProgress | undefined {
  if (raw === undefined) return undefined;
  const record = asRecord(raw);
  const draft = asRecord(record.draft);
  const index = typeof record.index === 'number' && record.index >= 0 && record.index < ADVOCATE_STEPS.length ? Math.floor(record.index) : 0;
  return {
    index,
    returnToCheck: record.returnToCheck === true,
    draft: {
      topics: pickAll(draft.topics, ADVOCATE_TOPICS),
      details: asString(draft.details),
      contact: reviveContact(draft.contact),
      needs: asString(draft.needs),
      urgency: pick(draft.urgency, URGENCIES),
    },
  };
}
