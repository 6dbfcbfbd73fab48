import { z } from 'zod/mini';
import { URGENCIES, contactDetails } from './contact';
import { FREE_TEXT_MAX_CHARS, freeText, profileFields } from './profile';

export const ADVOCATE_TOPICS = [
  'meeting-or-review',
  'where-i-live',
  'school',
  'family-time',
  'leaving-care',
  'complaint',
  'something-else',
] as const;
export type AdvocateTopic = (typeof ADVOCATE_TOPICS)[number];

/** A request for an advocate. Someone must get back within 1 working day. */
export const advocateRequestPayload = z.strictObject({
  topics: z.array(z.enum(ADVOCATE_TOPICS)).check(z.maxLength(ADVOCATE_TOPICS.length)),
  details: z.optional(freeText(FREE_TEXT_MAX_CHARS)),
  contact: contactDetails,
  needs: z.optional(freeText(500)),
  urgency: z.optional(z.enum(URGENCIES)),
  ...profileFields,
});

export type AdvocateRequestPayload = z.infer<typeof advocateRequestPayload>;
