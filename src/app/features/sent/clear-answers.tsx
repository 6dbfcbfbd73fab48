import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../outbox/outbox-db';
import { loadOutboxService } from '../outbox/outbox-loader';
import { StorageProblem } from '../outbox/storage-problem';
import { ItemSummary } from './item-summary';

/** Clearing asks first, and names anything not yet sent, because that would be lost. */
export function ClearAnswers({ waiting }: { waiting: OutboxItem[] }) {
  const { t } = useTranslation('sent');
  const [asking, setAsking] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [failed, setFailed] = useState<unknown>();
  const clear = async () => {
    setFailed(undefined);
    try {
      await (await loadOutboxService()).clearAll();
      setAsking(false);
      setCleared(true);
    } catch (error) {
      setFailed(error);
    }
  };
  if (!asking) {
    return (
      <>
        {cleared ? <p role="status">{t('clear.done')}</p> : null}
        <button type="button" onClick={() => setAsking(true)}>
          {t('clear.button')}
        </button>
      </>
    );
  }
  return (
    <section className="warning" role="alertdialog" aria-labelledby="clear-title" aria-describedby="clear-body">
      <h2 id="clear-title">{t('clear.confirmTitle')}</h2>
      <div id="clear-body">
        <p>{t('clear.confirmBody')}</p>
        {waiting.length > 0 ? (
          <>
            <p>
              <strong>{t('clear.unsentWarning', { count: waiting.length })}</strong>
            </p>
            <ul>
              {waiting.map((item) => (
                <li key={item.id}>
                  <ItemSummary item={item} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {failed ? <StorageProblem error={failed} onRetry={() => void clear()} /> : null}
      <div className="step-buttons">
        <button type="button" className="danger" onClick={() => void clear()}>
          {t('clear.yes')}
        </button>
        <button type="button" onClick={() => setAsking(false)} autoFocus>
          {t('clear.no')}
        </button>
      </div>
    </section>
  );
}
