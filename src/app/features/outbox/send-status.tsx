import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOutboxService } from './outbox-loader';

/** How many things wait to be sent, and a "Send now" button. */
export function SendStatus({ waitingCount, error }: { waitingCount: number; error: unknown }) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const send = () => {
    setSending(true);
    void loadOutboxService().then((service) => service.sendNow()).finally(() => setSending(false));
  };
  return (
    <section className="send-status" aria-live="polite">
      {error ? <p role="alert">{t('outbox.storageProblem')}</p> : null}
      <p>{waitingCount > 0 ? t('outbox.waiting', { count: waitingCount }) : t('outbox.allSent')}</p>
      <button type="button" onClick={send} disabled={sending}>
        {sending ? t('outbox.sending') : t('outbox.sendNow')}
      </button>
    </section>
  );
}
