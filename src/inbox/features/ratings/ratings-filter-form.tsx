import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_STATEMENT_IDS, type StatementId } from '../../../shared/content/statements';
import { type AgeBandFilter, type CareStatusFilter, NOT_GIVEN, type RatingsQuery } from '../../../shared/inbox/ratings-wire';
import { AGE_BANDS, CARE_STATUSES } from '../../../shared/kinds/profile';
import { useFilterDraft } from '../../use-filter-draft';

const CARE_STATUS_OPTIONS: readonly CareStatusFilter[] = [...CARE_STATUSES, NOT_GIVEN];
const AGE_BAND_OPTIONS: readonly AgeBandFilter[] = [...AGE_BANDS, NOT_GIVEN];

interface Draft {
  from: string;
  to: string;
  careStatus: string;
  ageBand: string;
  statement: string;
}

const EMPTY: Draft = { from: '', to: '', careStatus: '', ageBand: '', statement: '' };

function toQuery(draft: Draft): RatingsQuery {
  return {
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
    ...(draft.careStatus ? { careStatus: draft.careStatus as CareStatusFilter } : {}),
    ...(draft.ageBand ? { ageBand: draft.ageBand as AgeBandFilter } : {}),
    ...(draft.statement ? { statement: draft.statement as StatementId } : {}),
  };
}

/** The filters, applied together when staff press the button (not on each keystroke in a month box). */
export function RatingsFilterForm({ onApply }: { onApply: (query: RatingsQuery) => void }) {
  const { t } = useTranslation('inbox-ratings');
  const id = useId();
  const { draft, set, problem, submit, clear } = useFilterDraft({ empty: EMPTY, toQuery, onApply, fromAfterTo: t('filters.fromAfterTo') });

  return (
    <form className="ratings-filters" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('filters.legend')}</legend>
        <p id={`${id}-months`} className="hint">
          {t('filters.monthHint')}
        </p>
        <div className="ratings-filter-fields">
          <div>
            <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
            <input id={`${id}-from`} type="month" value={draft.from} onChange={set('from')} aria-describedby={`${id}-months`} />
          </div>
          <div>
            <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
            <input id={`${id}-to`} type="month" value={draft.to} onChange={set('to')} aria-describedby={`${id}-months`} />
          </div>
          <div>
            <label htmlFor={`${id}-care`}>{t('filters.careStatus')}</label>
            <select id={`${id}-care`} value={draft.careStatus} onChange={set('careStatus')}>
              <option value="">{t('filters.any')}</option>
              {CARE_STATUS_OPTIONS.map((value) => (
                <option key={value} value={value}>
                  {t(`careStatus.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-age`}>{t('filters.ageBand')}</label>
            <select id={`${id}-age`} value={draft.ageBand} onChange={set('ageBand')}>
              <option value="">{t('filters.any')}</option>
              {AGE_BAND_OPTIONS.map((value) => (
                <option key={value} value={value}>
                  {t(`ageBand.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="ratings-filter-statement">
            <label htmlFor={`${id}-statement`}>{t('filters.statement')}</label>
            <select id={`${id}-statement`} value={draft.statement} onChange={set('statement')}>
              <option value="">{t('filters.allStatements')}</option>
              {ALL_STATEMENT_IDS.map((value) => (
                <option key={value} value={value}>
                  {t(`statements:${value}`, { defaultValue: value })}
                </option>
              ))}
            </select>
          </div>
        </div>
        {problem ? (
          <p role="alert" className="ratings-filter-problem">
            {problem}
          </p>
        ) : null}
        <div className="ratings-filter-buttons">
          <button type="submit">{t('filters.apply')}</button>
          <button type="button" onClick={clear}>
            {t('filters.clear')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
