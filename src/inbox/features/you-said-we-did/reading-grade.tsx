import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readabilityOf } from '../../../shared/readability/flesch-kincaid';
import { TARGET_GRADE, TARGET_SENTENCE_WORDS } from '../../../shared/readability/plain-words-targets';
import { useSettled } from './use-settled';

/** How long typing must pause before the band is announced. */
export const ANNOUNCE_AFTER_MS = 1000;

type Band = '' | 'easy' | 'hard';

/**
 * The reading grade of what is being written, as advice (it never blocks saving). The figures
 * follow every keystroke on screen; the live region only says which side of the target the text
 * is, once typing pauses, so a screen reader is not read a new number after every word.
 */
export function ReadingGrade({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation('inbox-you-said-we-did');
  const headingId = useId();
  const result = useMemo(() => readabilityOf(title, body), [title, body]);
  const empty = result.words === 0;
  const band: Band = empty ? '' : result.grade <= TARGET_GRADE ? 'easy' : 'hard';
  const tooLong = result.longestSentenceWords > TARGET_SENTENCE_WORDS;
  const settled = useSettled(`${band}|${tooLong}`, ANNOUNCE_AFTER_MS);
  const [settledBand, settledLong] = settled.split('|');
  const targets = { grade: TARGET_GRADE, words: TARGET_SENTENCE_WORDS };

  return (
    <section className="reading-grade" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('grade.heading')}</h3>
      <p>{t('grade.target', targets)}</p>
      <dl>
        <dt>{t('grade.grade')}</dt>
        <dd className={band === 'hard' ? 'is-above-target' : undefined}>
          {empty ? t('grade.noText') : t(band === 'easy' ? 'grade.onTarget' : 'grade.aboveTarget', { grade: result.grade.toFixed(1) })}
        </dd>
        <dt>{t('grade.longest')}</dt>
        <dd className={tooLong ? 'is-above-target' : undefined}>{t('grade.words', { count: result.longestSentenceWords })}</dd>
      </dl>
      <p aria-live="polite" aria-atomic="true" className="reading-grade-band">
        {settledBand ? t(`grade.band.${settledBand}`, targets) : ''}
        {settledLong === 'true' ? ` ${t('grade.band.long', targets)}` : ''}
      </p>
      <p className="hint">{t('grade.advice')}</p>
    </section>
  );
}
