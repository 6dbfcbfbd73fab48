import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { type ItemStatus, itemStatus } from './item-status';
import { ItemStatusText } from './item-status-text';
import { SendStatus } from './send-status';
import { useOutbox } from './use-outbox';

/** What the screen says about one item in each state it can really be in. */
export interface ConfirmationCopy {
  title: string;
  body: string[];
}

export type ConfirmationState = 'saved' | 'sent' | 'rejected' | 'gone';

export function confirmationState(status: ItemStatus, loaded: boolean): ConfirmationState {
  if (status.state === 'sent' || status.state === 'rejected') return status.state;
  // Not on the phone any more and not sent: the child cleared it (or its note is past 30 days).
  if (status.state === 'unknown' && loaded) return 'gone';
  return 'saved';
}

/**
 * After a form is saved: says truthfully where the item is — saved on this phone, sent, or could not
 * be sent — and what happens next from that state. The words change as the state changes.
 */
export function SentConfirmation({ id, copy }: { id: string; copy: (state: ConfirmationState) => ConfirmationCopy }) {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const status = itemStatus(id, outbox.waiting, outbox.sent);
  const state = confirmationState(status, outbox.loaded);
  const { title, body } = copy(state);
  return (
    <section aria-labelledby="confirmation" className="confirmation" data-state={state}>
      <h2 id="confirmation" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <div role="status">
        {body.map((line) => (
          <p key={line} className="promise">
            {line}
          </p>
        ))}
        <p className="item-status">
          <ItemStatusText status={status} />
        </p>
      </div>
      {state === 'saved' || state === 'rejected' ? <SendStatus view={outbox} /> : null}
      <p>
        <AppLink to="/sent">{t('outbox.seeAll')}</AppLink>
      </p>
    </section>
  );
}
