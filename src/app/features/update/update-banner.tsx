import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UpdateResult, applyUpdate, onUpdateReady } from './service-worker';

export function UpdateBanner() {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const [result, setResult] = useState<UpdateResult | undefined>();
  useEffect(() => onUpdateReady(setReady), []);
  if (!ready) return null;
  return (
    <section className="banner" aria-live="polite" aria-label={t('update.ready')}>
      <p>{t('update.ready')}</p>
      {result === 'wait-for-send' ? (
        <p>{t('update.waitForSend')}</p>
      ) : (
        <button type="button" onClick={() => void applyUpdate().then(setResult)}>
          {t('update.reload')}
        </button>
      )}
    </section>
  );
}
