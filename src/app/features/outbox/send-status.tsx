import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOutboxService } from './outbox-loader';
import type { OutboxView } from './use-outbox';

/** How many things wait to be sent, with a "Send now" button while any do. */
export function SendStatus({ view }: { view: OutboxView }) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const send = () => {
    setSending(true);
    void loadOutboxService()
      .then((service) => service.sendNow())
      .finally(() => setSending(false));
  };
  const waiting = view.waiting.length;
  const nothingYet = !view.loaded || (waiting === 0 && view.sent.length === 0);
  return (
    <section className="send-status" aria-live="polite" hidden={nothingYet && !view.error}>
      {view.error ? <p role="alert">{t('outbox.storageProblem')}</p> : null}
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
