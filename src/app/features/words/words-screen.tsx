import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { GLOSSARY_IDS } from '../../../shared/content/glossary';

export default function WordsScreen() {
  const { t } = useTranslation('words');
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.focus();
  }, [hash]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl className="words">
        {GLOSSARY_IDS.map((id) => (
          <div key={id}>
            <dt id={id} tabIndex={-1}>
              {t(`${id}.term`)}
            </dt>
            <dd>{t(`${id}.meaning`)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
