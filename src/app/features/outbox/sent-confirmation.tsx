import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { itemStatus } from './item-status';
import { ItemStatusText } from './item-status-text';
import { StorageProblem } from './storage-problem';
import { useOutbox } from './use-outbox';

/** After a form is saved: what happens next, and where this item is on its way. */
export function SentConfirmation({ id, title, promise }: { id: string; title: string; promise?: string }) {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="confirmation">
      <h2 id="confirmation" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {promise ? <p className="promise">{promise}</p> : null}
      {outbox.error ? <StorageProblem error={outbox.error} onRetry={() => void outbox.retry()} busy={outbox.retrying} /> : null}
      <p className="item-status" role="status">
        <ItemStatusText status={itemStatus(id, outbox.waiting, outbox.sent)} />
      </p>
      <p>
        <AppLink to="/sent">{t('outbox.seeAll')}</AppLink>
      </p>
    </section>
  );
}
