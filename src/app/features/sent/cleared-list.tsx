import { useTranslation } from 'react-i18next';
import type { ClearedSummary } from './clear-device';

/** After clearing: what went, in plain words, so the child knows the phone is clean. */
export function ClearedList({ cleared }: { cleared: ClearedSummary }) {
  const { t } = useTranslation('sent');
  const lines = [
    cleared.waiting > 0 ? t('cleared.waiting', { count: cleared.waiting }) : '',
    cleared.sent > 0 ? t('cleared.sent', { count: cleared.sent }) : '',
    cleared.drafts > 0 ? t('cleared.drafts') : '',
    cleared.aboutYou ? t('cleared.aboutYou') : '',
  ].filter(Boolean);
  return (
    <section role="status" className="send-status">
      <p>{lines.length > 0 ? t('cleared.title') : t('cleared.nothing')}</p>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
