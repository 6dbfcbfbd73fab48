/**
 * Answers a child has started but not yet sent, kept for this visit only (sessionStorage), so going
 * to Help now or pressing Back does not lose them. They go when the item is saved to the outbox,
 * when the child clears their answers, and when they press "Exit this page" (a hand-over).
 */
const PREFIX = 'your-say:draft:';

/** The draft saved under `name`, rebuilt by `revive` (which must accept anything, and fall back to empty). */
export function loadDraft<T>(name: string, revive: (raw: unknown) => T): T {
  try {
    const raw = sessionStorage.getItem(PREFIX + name);
    return revive(raw === null ? undefined : JSON.parse(raw));
  } catch {
    return revive(undefined);
  }
}

export function saveDraft(name: string, draft: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + name, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft still lives in memory.
  }
}

export function clearDraft(name: string): void {
  try {
    sessionStorage.removeItem(PREFIX + name);
  } catch {
    // nothing to clear
  }
}

/** Every draft of this visit. Answers how many there were. */
export function clearAllDrafts(): number {
  let cleared = 0;
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (!key.startsWith(PREFIX)) continue;
      sessionStorage.removeItem(key);
      cleared += 1;
    }
  } catch {
    // Storage blocked: there is nothing there to clear.
  }
  return cleared;
}

/** Small helpers for `revive` functions: take a field only when it has the right type. */
export const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
export function pick<T extends string>(value: unknown, allowed: readonly T[]): T | '' {
  return allowed.find((option) => option === value) ?? '';
}
export function pickAll<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  return Array.isArray(value) ? allowed.filter((option) => value.includes(option)) : [];
}
