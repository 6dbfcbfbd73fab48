import { useTranslation } from 'react-i18next';
import { STATEMENT_IDS } from '../../../shared/content/statements';
import { SendStatus } from '../outbox/send-status';
import { useOutbox } from '../outbox/use-outbox';
import { RatingCard } from './rating-card';
import { latestRatingStatus } from './rating-status';

export default function RateScreen() {
  const { t } = useTranslation('rate');
  const outbox = useOutbox();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <SendStatus view={outbox} />
      <ol className="statements">
        {STATEMENT_IDS.map((statementId) => (
          <li key={statementId}>
            <RatingCard statementId={statementId} status={latestRatingStatus(statementId, outbox.waiting, outbox.sent)} />
          </li>
        ))}
      </ol>
    </>
  );
}
