import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementId } from '../../../shared/content/statements';
import { StorageProblem } from '../outbox/storage-problem';
import { NeedHelpLink } from '../safety/need-help-link';
import type { RateDraft } from './rate-draft';

interface Props {
  ids: readonly StatementId[];
  draft: RateDraft;
  onChangeStep(step: number): void;
  onSend(): Promise<void>;
}

export function ReviewStep({ ids, draft, onChangeStep, onSend }: Props) {
  const { t } = useTranslation(['rate', 'statements', 'common']);
  const heading = useRef<HTMLHeadingElement>(null);
  const [saveError, setSaveError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const answered = ids.filter((id) => draft.answers[id]);

  const send = () => {
    setBusy(true);
    // The answers stay in the draft until saving works: nothing the child chose is dropped.
    onSend().catch((error: unknown) => {
      setSaveError(error ?? new Error('Saving failed.'));
      setBusy(false);
    });
  };

  return (
    <section aria-labelledby="review">
      <h2 id="review" ref={heading} tabIndex={-1}>
        {t('review.title')}
      </h2>
      {answered.length === 0 ? <p>{t('review.none')}</p> : null}
      <ul className="review-list">
        {answered.map((id) => {
          const entry = draft.answers[id];
          return (
            <li key={id}>
              <p className="review-statement">{t(`statements:${id}`)}</p>
              <p>
                {t('review.yourAnswer')} <strong>{t(`answers.${entry?.answer ?? 'skip'}`)}</strong>
              </p>
              {entry?.comment ? <p className="review-comment">{entry.comment}</p> : null}
              <button type="button" onClick={() => onChangeStep(ids.indexOf(id))}>
                {t('review.change')}
                <span className="visually-hidden"> {t(`statements:${id}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {saveError ? <StorageProblem error={saveError} onRetry={send} busy={busy} kept /> : null}
      <div className="step-buttons">
        <button type="button" onClick={() => onChangeStep(0)}>
          {t('review.startAgain')}
        </button>
        <button type="button" className="primary" onClick={send} disabled={busy || answered.length === 0}>
          {t('review.send')}
        </button>
      </div>
      <NeedHelpLink />
    </section>
  );
}
