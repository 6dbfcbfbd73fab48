import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api';
import { useLoad } from '../../use-load';
import { type CommentsQuery, fetchComments } from './comments-api';
import { CommentsFilterForm } from './comments-filter-form';
import { CommentsTable } from './comments-table';
import { ThemeCountsTable } from './theme-counts-table';
import './comments.css';

/** What children wrote, with the themes it touches: counts per theme, then the comments, newest first. */
export function CommentsPage({ me }: { me: Me }) {
  const { t } = useTranslation('inbox-comments');
  const [query, setQuery] = useState<CommentsQuery>({});
  const load = useCallback(() => fetchComments(query), [query]);
  const { data, error, reload } = useLoad(load);
  const canChangeThemes = me.permissions.includes('themes:update');

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <CommentsFilterForm onApply={setQuery} />
      {error ? <p role="alert">{error}</p> : null}
      {!data && !error ? <p>{t('inbox:loading')}</p> : null}
      <p role="status">{data ? t('summary', { count: data.total }) : ''}</p>
      {data ? (
        <>
          <ThemeCountsTable counts={data.themeCounts} />
          {data.comments.length === 0 ? (
            <p>{t('list.none')}</p>
          ) : (
            <CommentsTable comments={data.comments} total={data.total} canChangeThemes={canChangeThemes} onChanged={reload} />
          )}
        </>
      ) : null}
    </>
  );
}
