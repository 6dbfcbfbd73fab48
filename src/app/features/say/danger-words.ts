/**
 * Does a message use words of danger? A short list from the locale (say.json "dangerWords"), matched
 * as whole words in any case. Nothing is blocked on a match: the screen only shows the child the
 * ways to get help, because an anonymous message cannot bring help.
 */
export function mentionsDanger(text: string, words: readonly string[]): boolean {
  const lower = text.toLocaleLowerCase();
  return words.some((word) => {
    const needle = word.trim().toLocaleLowerCase();
    if (!needle) return false;
    let at = lower.indexOf(needle);
    while (at !== -1) {
      const before = lower[at - 1];
      const after = lower[at + needle.length];
      if (!isLetter(before) && !isLetter(after)) return true;
      at = lower.indexOf(needle, at + 1);
    }
    return false;
  });
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}
