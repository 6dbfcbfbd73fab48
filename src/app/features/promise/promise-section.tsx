import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import type { Priority } from '../../../shared/content/promise';
import { ReadAloudButton } from '../read-aloud/read-aloud-button';

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** One priority: what children said, what the council will do, and the words explained. */
export function PromiseSection({ priority }: { priority: Priority }) {
  const { t } = useTranslation(['promise', 'words']);
  const title = t(`priorities.${priority.id}.title`);
  const youSaid = asList(t(`priorities.${priority.id}.youSaid`, { returnObjects: true }));
  const weWill = asList(t(`priorities.${priority.id}.weWill`, { returnObjects: true }));
  const headingId = `priority-${priority.id}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{title}</h2>
      <ReadAloudButton text={[title, t('headings.youSaid'), ...youSaid, t('headings.weWill'), ...weWill].join('. ')} />
      <h3>{t('headings.youSaid')}</h3>
      <ul>
        {youSaid.map((quote) => (
          <li key={quote}>
            <q>{quote}</q>
          </li>
        ))}
      </ul>
      <h3>{t('headings.weWill')}</h3>
      <ul>
        {weWill.map((promise) => (
          <li key={promise}>{promise}</li>
        ))}
      </ul>
      {priority.words.length > 0 ? (
        <p>
          {t('headings.words')}:{' '}
          {priority.words.map((word, index) => (
            <span key={word}>
              {index > 0 ? ', ' : null}
              <AppLink to={`/words#${word}`}>{t(`words:${word}.term`)}</AppLink>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
