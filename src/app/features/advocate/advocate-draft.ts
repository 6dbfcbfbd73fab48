import type { AdvocateRequestPayload, AdvocateTopic } from '../../../shared/kinds/advocate-request';
import type { Urgency } from '../../../shared/kinds/contact';
import { EMPTY_CONTACT, type ContactDraft, type ContactProblem, checkContact } from '../contact/contact-draft';
import { profileFieldsForSending } from '../profile/profile';

/** The request while the child fills it in: in memory only, never written to storage. */
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
