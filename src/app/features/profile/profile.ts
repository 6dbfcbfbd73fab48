import type { AgeBand, CareStatus } from '../../../shared/kinds/profile-values';

/** Kept on this device only. Sent with answers as care status and age band, never more. */
export interface Profile {
  welcomed: boolean;
  careStatus?: CareStatus;
  ageBand?: AgeBand;
}

export interface Settings {
  biggerText: boolean;
  language: string;
}

const PROFILE_KEY = 'your-say:profile';
const SETTINGS_KEY = 'your-say:settings';
const DEFAULT_SETTINGS: Settings = { biggerText: false, language: 'en' };

type Listener = () => void;
const listeners = new Set<Listener>();

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? { ...fallback, ...(JSON.parse(raw) as T) } : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full disk: the app still works, it just will not remember this.
  }
  for (const listener of listeners) listener();
}

export function subscribeProfile(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let cachedProfile: Profile | undefined;
let cachedSettings: Settings | undefined;
subscribeProfile(() => {
  cachedProfile = undefined;
  cachedSettings = undefined;
});

export function getProfile(): Profile {
  cachedProfile ??= read<Profile>(PROFILE_KEY, { welcomed: false });
  return cachedProfile;
}

export function saveProfile(change: Partial<Profile>): void {
  write(PROFILE_KEY, { ...getProfile(), ...change });
}

export function getSettings(): Settings {
  cachedSettings ??= read<Settings>(SETTINGS_KEY, DEFAULT_SETTINGS);
  return cachedSettings;
}

export function saveSettings(change: Partial<Settings>): void {
  write(SETTINGS_KEY, { ...getSettings(), ...change });
  applySettings();
}

/** Bigger text is a class on <html>, so it applies before React draws anything. */
export function applySettings(): void {
  document.documentElement.classList.toggle('bigger-text', getSettings().biggerText);
}

/** Forgets care status and age band ("Clear my answers", when the child ticks it). Answers whether any was kept. */
export function clearAboutYou(): boolean {
  const { careStatus, ageBand, ...rest } = getProfile();
  write(PROFILE_KEY, rest);
  return careStatus !== undefined || ageBand !== undefined;
}

/** What goes with each answer: care status and age band only. */
export function profileFieldsForSending(): { careStatus?: CareStatus; ageBand?: AgeBand } {
  const { careStatus, ageBand } = getProfile();
  return { ...(careStatus ? { careStatus } : {}), ...(ageBand ? { ageBand } : {}) };
}
