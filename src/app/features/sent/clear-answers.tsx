import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageProblem } from '../outbox/storage-problem';
import { type ClearedSummary, clearDevice } from './clear-device';
import { ClearedList } from './cleared-list';

/** Clearing asks first, and says how many things are not sent yet, because they would be lost. */
export function ClearAnswers({ waiting }: { waiting: number }) {
  const { t } = useTranslation('sent');
  const [asking, setAsking] = useState(false);
  const [aboutYou, setAboutYou] = useState(false);
  const [cleared, setCleared] = useState<ClearedSummary | undefined>();
  const [failed, setFailed] = useState<unknown>();
  const aboutYouId = useId();
  const clear = async () => {
    setFailed(undefined);
    try {
      setCleared(await clearDevice({ aboutYou }));
      setAsking(false);
      setAboutYou(false);
    } catch (error) {
      setFailed(error);
    }
  };
  if (!asking) {
    return (
      <>
        {cleared ? <ClearedList cleared={cleared} /> : null}
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
        {waiting > 0 ? (
          <p>
            <strong>{t('clear.unsentWarning', { count: waiting })}</strong>
          </p>
        ) : null}
      </div>
      <p className="choice-row">
        <input id={aboutYouId} type="checkbox" checked={aboutYou} onChange={() => setAboutYou(!aboutYou)} />
        <label htmlFor={aboutYouId}>{t('clear.aboutYou')}</label>
      </p>
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
