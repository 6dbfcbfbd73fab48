/** Reads text aloud with the phone's own voice. Nothing leaves the phone. */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

export function hasVoice(): boolean {
  return canReadAloud() && window.speechSynthesis.getVoices().length > 0;
}

export function readAloud(text: string, language: string): boolean {
  if (!canReadAloud()) return false;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language === 'en' ? 'en-GB' : language;
  window.speechSynthesis.speak(utterance);
  return true;
}

export function stopReading(): void {
  if (canReadAloud()) window.speechSynthesis.cancel();
}
