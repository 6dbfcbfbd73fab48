import { z } from 'zod/mini';
import { ALL_STATEMENT_IDS, ANSWERS } from '../content/statements';
import { FREE_TEXT_MAX_CHARS, freeText, profileFields } from './profile';

export { AGE_BANDS, CARE_STATUSES } from './profile';

export const COMMENT_MAX_CHARS = FREE_TEXT_MAX_CHARS;

export const ratingPayload = z.strictObject({
  statementId: z.enum(ALL_STATEMENT_IDS),
  answer: z.enum(ANSWERS),
  comment: z.optional(freeText(COMMENT_MAX_CHARS)),
  ...profileFields,
});

export type RatingPayload = z.infer<typeof ratingPayload>;
