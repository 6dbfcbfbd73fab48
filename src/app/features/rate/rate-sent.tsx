import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import type { StatementId } from '../../../shared/content/statements';
import { itemStatus } from '../outbox/item-status';
import { ItemStatusText } from '../outbox/item-status-text';
import { SendStatus } from '../outbox/send-status';
import { useOutbox } from '../outbox/use-outbox';

export interface SentRating {
  id: string;
  statementId: StatementId;
  answer: string;
}

export function RateSent({ sent, onAgain }: { sent: SentRating[]; onAgain(): void }) {
  const { t } = useTranslation(['rate', 'statements']);
  const outbox = useOutbox();
  return (
    <section aria-labelledby="thanks">
      <h2 id="thanks">{t('sent.title')}</h2>
      <p>{t('sent.body')}</p>
      <SendStatus view={outbox} />
      <ul className="review-list">
        {sent.map((item) => (
          <li key={item.id} aria-label={t(`statements:${item.statementId}`)}>
            <p className="review-statement">{t(`statements:${item.statementId}`)}</p>
            <p>{t(`answers.${item.answer}`)}</p>
            <p className="item-status" role="status">
              <ItemStatusText status={itemStatus(item.id, outbox.waiting, outbox.sent)} />
            </p>
          </li>
        ))}
      </ul>
      <p>
        <AppLink to="/sent">{t('sent.seeAll')}</AppLink>
      </p>
      <button type="button" onClick={onAgain}>
        {t('sent.again')}
      </button>
    </section>
  );
}
