import type { Answer } from '../../../shared/content/statements';

// Mouth curves: a smile, a straight line, a frown. Drawn, so no phone lacks the glyph.
const MOUTH: Record<Exclude<Answer, 'skip'>, string> = {
  yes: 'M9 15 Q12 18 15 15',
  sometimes: 'M9 15.5 L15 15.5',
  'not-really': 'M9 17 Q12 14 15 17',
};

/** A face beside the words; screen readers hear only the words. */
export function Face({ answer }: { answer: Exclude<Answer, 'skip'> }) {
  return (
    <svg className="face" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="#ffd95a" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="9" cy="10" r="1.2" fill="currentColor" />
      <circle cx="15" cy="10" r="1.2" fill="currentColor" />
      <path d={MOUTH[answer]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
