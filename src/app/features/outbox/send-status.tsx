import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOutboxService } from './outbox-loader';
import { StorageProblem } from './storage-problem';
import type { OutboxView } from './use-outbox';

/**
 * How many things wait to be sent, with a "Send now" button while any do, and any storage problem.
 * Items the server refused do not go by themselves (only "Send now" tries them again), so they are
 * counted apart: "they will go when you have signal" is said only of the ones that will.
 */
export function SendStatus({ view }: { view: OutboxView }) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<unknown>();
  // "Send now" always answers: if nothing could go (no signal, server away), the child is told so.
  const [notNow, setNotNow] = useState(false);
  const send = () => {
    setSending(true);
    setNotNow(false);
    void loadOutboxService()
      .then((service) => service.sendNow())
      .then(
        (outcome) => {
          setSendError(undefined);
          setNotNow(outcome !== 'done');
        },
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
  const rejected = view.waiting.filter((item) => item.state === 'rejected').length;
  const queued = view.waiting.length - rejected;
  const nothingYet = !view.loaded || (view.waiting.length === 0 && view.sent.length === 0);
  return (
    <section className="send-status" aria-live="polite" hidden={nothingYet && !problem}>
      {problem ? <StorageProblem error={problem} onRetry={tryAgain} busy={view.retrying || sending} /> : null}
      {queued > 0 ? <p>{t('outbox.waiting', { count: queued })}</p> : null}
      {rejected > 0 ? <p>{t('outbox.refused', { count: rejected })}</p> : null}
      {notNow && view.waiting.length > 0 ? <p role="status">{t('outbox.notNow')}</p> : null}
      {view.waiting.length === 0 && view.sent.length > 0 ? <p>{t('outbox.allSent')}</p> : null}
      {view.waiting.length > 0 ? (
        <button type="button" onClick={send} disabled={sending}>
          {sending ? t('outbox.sending') : t('outbox.sendNow')}
        </button>
      ) : null}
    </section>
  );
}
