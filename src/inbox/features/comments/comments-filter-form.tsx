import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_KINDS, type CommentKind, type CommentsQuery } from '../../../shared/inbox/comments-wire';
import { OTHER_THEME, PRIORITY_THEMES, STATEMENT_THEMES, type ThemeId } from '../../../shared/themes/codebook';
import { useThemeName } from '../../theme-names';
import { useFilterDraft } from '../../use-filter-draft';

interface Draft {
  theme: string;
  kind: string;
  from: string;
  to: string;
}

const EMPTY: Draft = { theme: '', kind: '', from: '', to: '' };

function toQuery(draft: Draft): CommentsQuery {
  return {
    ...(draft.theme ? { theme: draft.theme as ThemeId } : {}),
    ...(draft.kind ? { kind: draft.kind as CommentKind } : {}),
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
  };
}

/** The filters, applied together when staff press the button. */
export function CommentsFilterForm({ onApply }: { onApply: (query: CommentsQuery) => void }) {
  const { t } = useTranslation('inbox-comments');
  const themeName = useThemeName();
  const id = useId();
  const { draft, set, problem, submit, clear } = useFilterDraft({ empty: EMPTY, toQuery, onApply, fromAfterTo: t('filters.fromAfterTo') });

  return (
    <form className="comments-filters" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('filters.legend')}</legend>
        <div className="comments-filter-fields">
          <div>
            <label htmlFor={`${id}-theme`}>{t('filters.theme')}</label>
            <select id={`${id}-theme`} value={draft.theme} onChange={set('theme')}>
              <option value="">{t('filters.anyTheme')}</option>
              <optgroup label={t('groups.priority')}>
                {PRIORITY_THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {themeName(theme)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('groups.statement')}>
                {STATEMENT_THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {themeName(theme)}
                  </option>
                ))}
              </optgroup>
              <option value={OTHER_THEME}>{themeName(OTHER_THEME)}</option>
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
            <select id={`${id}-kind`} value={draft.kind} onChange={set('kind')}>
              <option value="">{t('filters.any')}</option>
              {COMMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
            <input id={`${id}-from`} type="month" value={draft.from} onChange={set('from')} aria-describedby={`${id}-months`} />
          </div>
          <div>
            <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
            <input id={`${id}-to`} type="month" value={draft.to} onChange={set('to')} aria-describedby={`${id}-months`} />
          </div>
        </div>
        <p id={`${id}-months`} className="hint">
          {t('filters.monthHint')}
        </p>
        <div className="comments-filter-actions">
          <button type="submit">{t('filters.apply')}</button>
          <button type="button" onClick={clear}>
            {t('filters.clear')}
          </button>
        </div>
        <p role="alert">{problem ?? ''}</p>
      </fieldset>
    </form>
  );
}
