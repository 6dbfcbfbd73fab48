import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { PARENT_POINT_IDS, PRIORITIES } from '../../../shared/content/promise';
import { PromiseSection } from './promise-section';

export default function PromiseScreen() {
  const { t } = useTranslation('promise');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {PRIORITIES.map((priority) => (
        <PromiseSection key={priority.id} priority={priority} />
      ))}
      <section aria-labelledby="parent-title" className="card">
        <h2 id="parent-title">{t('headings.parent')}</h2>
        <p>{t('parent.intro')}</p>
        <ol>
          {PARENT_POINT_IDS.map((id) => (
            <li key={id}>{t(`parent.${id}`)}</li>
          ))}
        </ol>
      </section>
      <p>
        <AppLink to="/words">{t('headings.words')}</AppLink>
      </p>
      <p>
        <AppLink to="/rate">{t('headings.rate')}</AppLink>
      </p>
    </>
  );
}
