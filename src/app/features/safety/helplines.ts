/** A phone number as a child reads it, and the digits a phone dials. */
export interface PhoneNumber {
  readonly shown: string;
  readonly dial: string;
}

/** What goes after `tel:`: digits only, and a leading + for a number written in the international way. */
export function dialable(shown: string): string {
  const trimmed = shown.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

function phone(shown: string): PhoneNumber {
  return { shown, dial: dialable(shown) };
}

export const EMERGENCY = phone('999');
/** Free, open all day and night, not shown on the phone bill (Childline, NSPCC). */
export const CHILDLINE = phone('0800 1111');
export const CHILDLINE_CHAT_URL = 'https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/';
/** Coram Voice's national advocacy helpline for children in care and care leavers: a free 0808 number. */
export const ALWAYS_HEARD = phone('0808 800 5792');

/**
 * The council's own out-of-hours line, set when the app is built (VITE_COUNCIL_OUT_OF_HOURS_PHONE and,
 * if wanted, VITE_COUNCIL_OUT_OF_HOURS_NAME). Left out when unset: an empty or made-up number is worse
 * than none for a child who needs help.
 */
export function councilOutOfHours(
  env: Readonly<Record<string, unknown>> = import.meta.env,
): (PhoneNumber & { name?: string }) | undefined {
  const text = (key: string) => (typeof env[key] === 'string' ? env[key].trim() : '');
  const shown = text('VITE_COUNCIL_OUT_OF_HOURS_PHONE');
  if (dialable(shown).replace('+', '').length < 3) return undefined;
  const name = text('VITE_COUNCIL_OUT_OF_HOURS_NAME');
  return { ...phone(shown), ...(name ? { name } : {}) };
}
