import { type ContactDetails, contactDetails } from '../../../shared/kinds/contact';

export interface ContactDraft {
  methods: string[];
  phone: string;
  email: string;
  safeToLeaveMessage: string;
  bestTimes: string[];
  notAtHome: boolean;
}

export const EMPTY_CONTACT: ContactDraft = { methods: [], phone: '', email: '', safeToLeaveMessage: '', bestTimes: [], notAtHome: false };

export type ContactProblem = 'method' | 'phone' | 'email';

/** Turns the form into the shared schema's shape, or says which plain-words problem to show. */
export function checkContact(draft: ContactDraft): { ok: true; contact: ContactDetails } | { ok: false; problems: ContactProblem[] } {
  const candidate = {
    methods: draft.methods,
    ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
    ...(draft.safeToLeaveMessage ? { safeToLeaveMessage: draft.safeToLeaveMessage } : {}),
    ...(draft.bestTimes.length ? { bestTimes: draft.bestTimes } : {}),
    ...(draft.notAtHome ? { notAtHome: true } : {}),
  };
  const parsed = contactDetails.safeParse(candidate);
  if (parsed.success) return { ok: true, contact: parsed.data };
  const problems = new Set<ContactProblem>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    problems.add(field === 'phone' ? 'phone' : field === 'email' ? 'email' : 'method');
  }
  return { ok: false, problems: [...problems] };
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
