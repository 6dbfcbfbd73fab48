import { z } from 'zod/mini';
import { URGENCIES, contactDetails } from './contact';
import { FREE_TEXT_MAX_CHARS, freeText, profileFields } from './profile';

export const SAY_TYPES = ['good-thing', 'problem', 'idea'] as const;

/** A good thing, a problem or an idea, beyond the statements. Anonymous. */
export const saySomethingPayload = z.strictObject({
  type: z.enum(SAY_TYPES),
  text: freeText(FREE_TEXT_MAX_CHARS).check(z.minLength(1)),
  ...profileFields,
});
export type SaySomethingPayload = z.infer<typeof saySomethingPayload>;

/** "I want to talk to someone": never anonymous, always followed up, so it carries contact details. */
export const talkRequestPayload = z.strictObject({
  text: z.optional(freeText(FREE_TEXT_MAX_CHARS)),
  contact: contactDetails,
  urgency: z.optional(z.enum(URGENCIES)),
  ...profileFields,
});
export type TalkRequestPayload = z.infer<typeof talkRequestPayload>;
