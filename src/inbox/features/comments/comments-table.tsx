import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentRow } from '../../../shared/inbox/comments-wire';
import { ThemeEditor } from './theme-editor';
import { useThemeName } from '../../theme-names';

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03` as "March 2026". */
export function formatMonth(month: string): string {
  const at = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? month : monthName.format(at);
}

function Origin({ comment }: { comment: CommentRow }) {
  const { t } = useTranslation('inbox-comments');
  if (comment.statementId) return <>{t('list.aboutStatement', { statement: t(`statements:${comment.statementId}`) })}</>;
  return <>{t('list.sayType', { type: comment.sayType ? t(`sayTypes.${comment.sayType}`) : '' })}</>;
}

function Themes({ comment }: { comment: CommentRow }) {
  const { t } = useTranslation('inbox-comments');
  const themeName = useThemeName();
  if (comment.themes.length === 0) return <p>{t('list.noThemes')}</p>;
  return (
    <>
      <ul className="theme-list">
        {comment.themes.map((theme) => (
          <li key={theme}>{themeName(theme)}</li>
        ))}
      </ul>
      <p className="themes-set-by">{comment.themesSetBy === 'staff' ? t('list.setByStaff') : t('list.setByKeywords')}</p>
    </>
  );
}

interface CommentsTableProps {
  comments: readonly CommentRow[];
  total: number;
  canChangeThemes: boolean;
  onChanged: () => void;
}

/** The newest matching comments with their themes, and (for roles that may) a way to change them. */
export function CommentsTable({ comments, total, canChangeThemes, onChanged }: CommentsTableProps) {
  const { t } = useTranslation('inbox-comments');
  const ids = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${ids}-caption`} tabIndex={0}>
      <table className="comments-table">
        <caption id={`${ids}-caption`}>{t('list.caption', { shown: comments.length, total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.text')}</th>
            <th scope="col">{t('list.from')}</th>
            <th scope="col">{t('list.month')}</th>
            <th scope="col">{t('list.themes')}</th>
            {canChangeThemes ? <th scope="col">{t('list.change')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {comments.map((comment, index) => (
            <tr key={comment.id}>
              <td id={`${ids}-text-${index}`} className="free-text">
                {comment.text}
              </td>
              <td>
                <Origin comment={comment} />
              </td>
              <td>
                <time dateTime={comment.month}>{formatMonth(comment.month)}</time>
              </td>
              <td>
                <Themes comment={comment} />
              </td>
              {canChangeThemes ? (
                <td>
                  <ThemeEditor commentId={comment.id} themes={comment.themes} describedBy={`${ids}-text-${index}`} onSaved={onChanged} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
