import { z } from 'zod/mini';
import { freeText } from './profile';

export const CONTACT_METHODS = ['text', 'call', 'email'] as const;
export const MESSAGE_SAFETY = ['yes', 'no', 'not-sure'] as const;
export const BEST_TIMES = ['morning', 'afternoon', 'evening', 'any-time'] as const;
export const URGENCIES = ['today', 'this-week', 'not-urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * How to reach a child safely. Only the advocacy role may ever see it (see PRODUCT.md).
 * A phone number is needed to text or call; an email address to email.
 */
export const contactDetails = z
  .strictObject({
    methods: z.array(z.enum(CONTACT_METHODS)).check(z.minLength(1), z.maxLength(3)),
    phone: z.optional(freeText(30)),
    email: z.optional(freeText(254)),
    safeToLeaveMessage: z.optional(z.enum(MESSAGE_SAFETY)),
    bestTimes: z.optional(z.array(z.enum(BEST_TIMES)).check(z.maxLength(4))),
    notAtHome: z.optional(z.boolean()),
  })
  .check(
    z.refine(
      (contact) => !contact.methods.some((m) => m === 'text' || m === 'call') || Boolean(contact.phone?.trim()),
      { message: 'a phone number is needed to text or call', path: ['phone'] },
    ),
    z.refine((contact) => !contact.methods.includes('email') || Boolean(contact.email?.trim()), {
      message: 'an email address is needed to email',
      path: ['email'],
    }),
  );

export type ContactDetails = z.infer<typeof contactDetails>;

/**
 * Checks the form makes before saving, so an advocate is not left with a number they cannot ring.
 * The wire schema stays lenient on purpose: a request that reaches the server is never refused for an
 * odd number (someone can still read it and try), because refusing would lose a child's request.
 */
export function looksLikePhone(value: string): boolean {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '').length;
  return /^\+?[\d\s().-]+$/.test(trimmed) && digits >= 10 && digits <= 15;
}

export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
