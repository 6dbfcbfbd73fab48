import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { YouSaidWeDidAdminRow } from '../../../shared/inbox/you-said-we-did-wire';
import { useThemeName } from '../../theme-names';

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '2026-03' → 'March 2026'. */
export function formatMonth(month: string): string {
  const first = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(first.getTime()) ? month : monthFormat.format(first);
}

interface ResponsesTableProps {
  responses: readonly YouSaidWeDidAdminRow[];
  busyId: string | undefined;
  onEdit: (response: YouSaidWeDidAdminRow) => void;
  onTogglePublished: (response: YouSaidWeDidAdminRow) => void;
}

/** Every response, drafts too. The state is written out, never shown by colour alone. */
export function ResponsesTable({ responses, busyId, onEdit, onTogglePublished }: ResponsesTableProps) {
  const { t } = useTranslation('inbox-you-said-we-did');
  const themeName = useThemeName();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="responses-table">
        <caption id={captionId}>{t('list.caption', { count: responses.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.title')}</th>
            <th scope="col">{t('list.text')}</th>
            <th scope="col">{t('list.month')}</th>
            <th scope="col">{t('list.themes')}</th>
            <th scope="col">{t('list.state')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {responses.map((response) => (
            <tr key={response.id}>
              <th scope="row" className="free-text">
                {response.title}
              </th>
              <td className="free-text">{response.body}</td>
              <td>
                <time dateTime={response.month}>{formatMonth(response.month)}</time>
              </td>
              <td>
                {response.themes.length === 0 ? (
                  t('list.noThemes')
                ) : (
                  <ul className="response-theme-list">
                    {response.themes.map((id) => (
                      <li key={id}>{themeName(id)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <span className={response.published ? 'state-published' : 'state-draft'}>{response.published ? t('list.published') : t('list.draft')}</span>
              </td>
              <td>
                <div className="row-actions">
                  <button type="button" onClick={() => onEdit(response)}>
                    {t('list.edit')}
                    <span className="visually-hidden">: {response.title}</span>
                  </button>
                  {/* One button whose words change, and never `disabled`, so focus stays on it after the change. */}
                  <button
                    type="button"
                    aria-disabled={busyId === response.id}
                    onClick={() => {
                      if (busyId !== response.id) onTogglePublished(response);
                    }}
                  >
                    {response.published ? t('list.unpublish') : t('list.publish')}
                    <span className="visually-hidden">: {response.title}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
