import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../sections';

/** Links to the sections this role may see; the current one is marked for screen readers too. */
export function InboxNav({ sections, current }: { sections: readonly SectionId[]; current: SectionId | undefined }) {
  const { t } = useTranslation();
  return (
    <nav className="inbox-nav" aria-label={t('nav.label')}>
      <ul>
        {sections.map((id) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={id === current ? 'page' : undefined}>
              {t(`nav.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
