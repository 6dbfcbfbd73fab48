import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ResponsesResult, loadResponses } from './you-said-we-did-api';

export default function YouSaidWeDidScreen() {
  const { t } = useTranslation('you-said-we-did');
  const [result, setResult] = useState<ResponsesResult | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadResponses().then(setResult, () => setFailed(true));
  }, []);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {failed ? <p role="status">{t('offlineNothing')}</p> : null}
      {result?.fromPhone ? <p role="status">{t('offlineCopy')}</p> : null}
      {result && result.responses.length === 0 ? <p>{t('none')}</p> : null}
      {result?.responses.map((response) => (
        <article key={response.id} aria-labelledby={`ysd-${response.id}`} className="card">
          <h2 id={`ysd-${response.id}`}>{response.title}</h2>
          <p className="hint">{response.month}</p>
          <p>{response.body}</p>
        </article>
      ))}
      {!result && !failed ? <p role="status">{t('loading')}</p> : null}
    </>
  );
}
