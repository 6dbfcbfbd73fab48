import { BEST_TIMES, CONTACT_METHODS, type ContactDetails, MESSAGE_SAFETY, contactDetails, looksLikeEmail, looksLikePhone } from '../../../shared/kinds/contact';
import { asRecord, asString, pick, pickAll } from '../drafts/session-draft';

export interface ContactDraft {
  methods: string[];
  phone: string;
  email: string;
  safeToLeaveMessage: string;
  bestTimes: string[];
  notAtHome: boolean;
}

export const EMPTY_CONTACT: ContactDraft = { methods: [], phone: '', email: '', safeToLeaveMessage: '', bestTimes: [], notAtHome: false };

export type ContactProblem = 'method' | 'phone' | 'email' | 'phoneFormat' | 'emailFormat';

/** Turns the form into the shared schema's shape, or says which plain-words problem to show. */
export function checkContact(draft: ContactDraft): { ok: true; contact: ContactDetails } | { ok: false; problems: ContactProblem[] } {
  // A number or email typed and then not needed (the child unticked that way) is not sent: its field is hidden.
  const needsPhone = draft.methods.includes('text') || draft.methods.includes('call');
  const needsEmail = draft.methods.includes('email');
  const candidate = {
    methods: draft.methods,
    ...(needsPhone && draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    ...(needsEmail && draft.email.trim() ? { email: draft.email.trim() } : {}),
    ...(draft.safeToLeaveMessage ? { safeToLeaveMessage: draft.safeToLeaveMessage } : {}),
    ...(draft.bestTimes.length ? { bestTimes: draft.bestTimes } : {}),
    ...(draft.notAtHome ? { notAtHome: true } : {}),
  };
  const parsed = contactDetails.safeParse(candidate);
  const problems = new Set<ContactProblem>();
  if (needsPhone && draft.phone.trim() && !looksLikePhone(draft.phone)) problems.add('phoneFormat');
  if (needsEmail && draft.email.trim() && !looksLikeEmail(draft.email)) problems.add('emailFormat');
  if (parsed.success && problems.size === 0) return { ok: true, contact: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0];
    problems.add(field === 'phone' ? 'phone' : field === 'email' ? 'email' : 'method');
  }
  return { ok: false, problems: [...problems] };
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** A contact draft from this visit's saved answers, keeping only known choices. */
export function reviveContact(raw: unknown): ContactDraft {
  const record = asRecord(raw);
  return {
    methods: pickAll(record.methods, CONTACT_METHODS),
    phone: asString(record.phone),
    email: asString(record.email),
    safeToLeaveMessage: pick(record.safeToLeaveMessage, MESSAGE_SAFETY),
    bestTimes: pickAll(record.bestTimes, BEST_TIMES),
    notAtHome: record.notAtHome === true,
  };
}
