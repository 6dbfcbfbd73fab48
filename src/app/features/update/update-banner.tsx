import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onNewVersion, reloadPage } from './new-version';
import { type UpdateResult, applyUpdate, applyUpdateWhenSent, onUpdateReady } from './service-worker';

export function UpdateBanner() {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const [newVersionOpen, setNewVersionOpen] = useState(false);
  const [result, setResult] = useState<UpdateResult | undefined>();
  useEffect(() => onUpdateReady(setReady), []);
  useEffect(() => onNewVersion(setNewVersionOpen), []);
  useEffect(() => (result === 'wait-for-send' ? applyUpdateWhenSent(setResult) : undefined), [result]);
  if (newVersionOpen) {
    // This page's code cannot open the answers saved by the newer version: only a reload helps.
    return (
      <section className="banner" role="alert" aria-label={t('update.ready')}>
        <p>{t('update.newVersionOpen')}</p>
        <button type="button" onClick={reloadPage}>
          {t('update.reload')}
        </button>
      </section>
    );
  }
  if (!ready) return null;
  return (
    <section className="banner" aria-live="polite" aria-label={t('update.ready')}>
      <p>{t('update.ready')}</p>
      {result === 'wait-for-send' ? (
        <p>{t('update.waitForSend')}</p>
      ) : (
        <button type="button" onClick={() => void applyUpdate().then(setResult, () => setResult('wait-for-send'))}>
          {t('update.reload')}
        </button>
      )}
    </section>
  );
}
