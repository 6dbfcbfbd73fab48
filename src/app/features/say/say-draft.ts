import { URGENCIES, type Urgency } from '../../../shared/kinds/contact';
import { SAY_TYPES } from '../../../shared/kinds/say-something';
import { EMPTY_CONTACT, type ContactDraft, reviveContact } from '../contact/contact-draft';
import { asRecord, asString, pick } from '../drafts/session-draft';

export const SAY_CHOICES = [...SAY_TYPES, 'talk'] as const;
export type SayChoice = (typeof SAY_CHOICES)[number];

/** "Say something" while the child writes it: kept for this visit only, cleared once saved. */
export interface SayDraft {
  choice: SayChoice | '';
  text: string;
  contact: ContactDraft;
  urgency: Urgency | '';
}

export const SAY_DRAFT_NAME = 'say';
export const EMPTY_SAY_DRAFT: SayDraft = { choice: '', text: '', contact: EMPTY_CONTACT, urgency: '' };

export function reviveSayDraft(raw: unknown): SayDraft {
  const record = asRecord(raw);
  return {
    choice: pick(record.choice, SAY_CHOICES),
    text: asString(record.text),
    contact: reviveContact(record.contact),
    urgency: pick(record.urgency, URGENCIES),
  };
}
