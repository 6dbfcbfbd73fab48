import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERS, type Answer, type StatementId } from '../../../shared/content/statements';
import { loadOutboxService } from '../outbox/outbox-loader';
import { ReasonText } from '../outbox/reason-text';
import type { RatingStatus } from './rating-status';

export function RatingCard({ statementId, status }: { statementId: StatementId; status: RatingStatus }) {
  const { t } = useTranslation(['rate', 'statements', 'common']);
  const [saveFailed, setSaveFailed] = useState(false);
  const statement = t(`statements:${statementId}`);
  const headingId = `${statementId}-text`;
  const rate = (answer: Answer) => {
    setSaveFailed(false);
    loadOutboxService().then((service) => service.saveItem('rating', { statementId, answer })).catch(() => setSaveFailed(true));
  };
  const chosen = status.state === 'none' ? undefined : status.answer;
  return (
    <article className="statement-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{statement}</h2>
      <div role="group" aria-label={t('statementLabel', { statement })} className="answers">
        {ANSWERS.map((answer) => (
          <button key={answer} type="button" aria-pressed={chosen === answer} onClick={() => rate(answer)}>
            {t(`answers.${answer}`)}
          </button>
        ))}
      </div>
      <p className="item-status" role="status">
        {status.state === 'saved' && t('common:outbox.saved')}
        {status.state === 'sent' && t('common:outbox.sent')}
        {status.state === 'rejected' && <ReasonText reason={status.reason} />}
      </p>
      {saveFailed ? <p role="alert">{t('common:outbox.storageProblem')}</p> : null}
    </article>
  );
}
