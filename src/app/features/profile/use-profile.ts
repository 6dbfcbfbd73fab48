import { useSyncExternalStore } from 'react';
import { type Profile, type Settings, getProfile, getSettings, subscribeProfile } from './profile';

export function useProfile(): Profile {
  return useSyncExternalStore(subscribeProfile, getProfile);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribeProfile, getSettings);
}
