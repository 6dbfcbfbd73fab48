import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { itemStatus } from '../outbox/item-status';
import { SendStatus } from '../outbox/send-status';
import { useOutbox } from '../outbox/use-outbox';
import { ItemGroups } from '../sent/item-groups';
import { groupRows } from '../sent/group-items';

/**
 * Thanks, and where the answers really are. The answers themselves are not shown again: the next
 * person to pick up the phone should not see them.
 */
export function RateSent({ ids, onAgain }: { ids: string[]; onAgain(): void }) {
  const { t } = useTranslation('rate');
  const outbox = useOutbox();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const statuses = ids.map((id) => itemStatus(id, outbox.waiting, outbox.sent));
  const body = !outbox.loaded
    ? 'sent.bodySaved'
    : statuses.every((status) => status.state === 'sent')
      ? 'sent.bodySent'
      : statuses.some((status) => status.state === 'rejected')
        ? 'sent.bodyRejected'
        : statuses.some((status) => status.state === 'unknown')
          ? 'sent.bodyGone'
          : 'sent.bodySaved';
  const rows = ids.map((id, i) => ({ id, label: 'answer' as const, status: statuses[i] ?? { state: 'unknown' as const } }));
  return (
    <section aria-labelledby="thanks">
      <h2 id="thanks" ref={heading} tabIndex={-1}>{t('sent.title')}</h2>
      <p role="status">{t(body)}</p>
      <ItemGroups groups={groupRows(rows)} />
      <SendStatus view={outbox} />
      <p>
        <AppLink to="/sent">{t('sent.seeAll')}</AppLink>
      </p>
      <button type="button" onClick={onAgain}>
        {t('sent.again')}
      </button>
    </section>
  );
}
