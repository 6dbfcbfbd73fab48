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
        <>
          <h3>{t('headings.words')}</h3>
          {/* A list, not links in a sentence: each is a big enough target on its own line. */}
          <ul className="more-links">
            {priority.words.map((word) => (
              <li key={word}>
                <AppLink to={`/words#${word}`}>{t(`words:${word}.term`)}</AppLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
