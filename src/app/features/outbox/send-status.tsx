import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOutboxService } from './outbox-loader';
import { StorageProblem } from './storage-problem';
import type { OutboxView } from './use-outbox';

/** How many things wait to be sent, with a "Send now" button while any do, and any storage problem. */
export function SendStatus({ view }: { view: OutboxView }) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<unknown>();
  const send = () => {
    setSending(true);
    void loadOutboxService()
      .then((service) => service.sendNow())
      .then(
        () => setSendError(undefined),
        (error: unknown) => setSendError(error ?? new Error('Sending failed.')),
      )
      .finally(() => setSending(false));
  };
  // Re-opens the database and reads the outbox again; then sends, if sending was what failed.
  const tryAgain = () => {
    void view.retry().then((opened) => {
      if (opened && sendError) send();
    });
  };
  const problem = view.error ?? sendError;
  const waiting = view.waiting.length;
  const nothingYet = !view.loaded || (waiting === 0 && view.sent.length === 0);
  return (
    <section className="send-status" aria-live="polite" hidden={nothingYet && !problem}>
      {problem ? <StorageProblem error={problem} onRetry={tryAgain} busy={view.retrying || sending} /> : null}
      {waiting > 0 ? <p>{t('outbox.waiting', { count: waiting })}</p> : null}
      {waiting === 0 && view.sent.length > 0 ? <p>{t('outbox.allSent')}</p> : null}
      {waiting > 0 ? (
        <button type="button" onClick={send} disabled={sending}>
          {sending ? t('outbox.sending') : t('outbox.sendNow')}
        </button>
      ) : null}
    </section>
  );
}
