import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, StatementId } from '../../../shared/content/statements';
import { ReadAloudButton } from '../read-aloud/read-aloud-button';
import { NeedHelpLink } from '../safety/need-help-link';
import { Face } from './faces';
import type { DraftAnswer } from './rate-draft';

const FACE_ANSWERS = ['yes', 'sometimes', 'not-really'] as const;

interface Props {
  statementId: StatementId;
  index: number;
  total: number;
  value: DraftAnswer | undefined;
  onChange(value: DraftAnswer | undefined): void;
  onBack(): void;
  onNext(): void;
  onSkip(): void;
  onReview(): void;
}

export function StatementStep({ statementId, index, total, value, onChange, onBack, onNext, onSkip, onReview }: Props) {
  const { t } = useTranslation(['rate', 'statements']);
  const heading = useRef<HTMLHeadingElement>(null);
  const statement = t(`statements:${statementId}`);
  useEffect(() => {
    heading.current?.focus();
  }, [statementId]);

  const choose = (answer: Answer) => onChange({ ...value, answer });

  return (
    <section aria-labelledby="statement">
      <p className="progress">{t('progress', { n: index + 1, total })}</p>
      <progress max={total} value={index + 1} aria-label={t('progress', { n: index + 1, total })} />
      <h2 id="statement" ref={heading} tabIndex={-1}>
        {statement}
      </h2>
      <ReadAloudButton text={statement} />
      <div role="group" aria-label={t('answerLabel', { statement })} className="answers faces">
        {FACE_ANSWERS.map((answer) => (
          <button key={answer} type="button" aria-pressed={value?.answer === answer} onClick={() => choose(answer)}>
            <Face answer={answer} />
            {t(`answers.${answer}`)}
          </button>
        ))}
      </div>
      <p>
        <label htmlFor="tell-us-more">{t('tellUsMore')}</label>
        <textarea
          id="tell-us-more"
          rows={3}
          maxLength={2000}
          value={value?.comment ?? ''}
          disabled={!value || value.answer === 'skip'}
          aria-describedby="tell-us-more-hint"
          onChange={(event) => value && onChange({ ...value, comment: event.target.value })}
        />
        <span id="tell-us-more-hint" className="hint">
          {t('tellUsMoreHint')}
        </span>
      </p>
      <div className="step-buttons">
        {index > 0 ? (
          <button type="button" onClick={onBack}>
            {t('back')}
          </button>
        ) : null}
        <button type="button" onClick={onSkip}>
          {t('answers.skip')}
        </button>
        <button type="button" className="primary" onClick={onNext}>
          {index + 1 < total ? t('next') : t('checkAnswers')}
        </button>
      </div>
      {index + 1 < total ? (
        <p>
          <button type="button" className="link-button" onClick={onReview}>
            {t('finishNow')}
          </button>
        </p>
      ) : null}
      <NeedHelpLink />
    </section>
  );
}
