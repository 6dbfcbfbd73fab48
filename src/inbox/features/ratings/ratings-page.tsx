import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppliedRatingsFilters, RatingsQuery, RatingsResponse } from '../../../shared/inbox/ratings-wire';
import { useLoad } from '../../use-load';
import { AnswerPatterns } from './answer-patterns';
import { CountsTable } from './counts-table';
import { fetchRatings } from './ratings-api';
import { RatingsFilterForm } from './ratings-filter-form';
import { formatMonth } from './ratings-format';
import { RecentRatingsTable } from './recent-ratings-table';
import { StatementChart } from './statement-chart';
import { TrendChart } from './trend-chart';
import { TrendTable } from './trend-table';
import './ratings.css';

function FilterSummary({ data }: { data: RatingsResponse }) {
  const { t } = useTranslation('inbox-ratings');
  const applied: AppliedRatingsFilters = data.filters;
  const parts = [
    applied.from ? t('filters.fromMonth', { month: formatMonth(applied.from) }) : null,
    applied.to ? t('filters.toMonth', { month: formatMonth(applied.to) }) : null,
    applied.careStatus ? t('filters.summaryCareStatus', { value: t(`careStatus.${applied.careStatus}`) }) : null,
    applied.ageBand ? t('filters.summaryAgeBand', { value: t(`ageBand.${applied.ageBand}`) }) : null,
  ].filter((part): part is string => part !== null);
  const count = data.counts.reduce((sum, row) => sum + row.total, 0);
  return <>{t('filters.showing', { count, filters: parts.length ? parts.join(', ') : t('filters.allAnswers') })}</>;
}

function Trend({ trend }: { trend: RatingsResponse['trend'] }) {
  const { t } = useTranslation('inbox-ratings');
  const statementName = trend.statementId ? t(`statements:${trend.statementId}`, { defaultValue: trend.statementId }) : t('trend.allStatements');
  return (
    <section aria-labelledby="ratings-trend-title">
      <h2 id="ratings-trend-title">{trend.statementId ? t('trend.statementTitle', { statement: statementName }) : t('trend.title')}</h2>
      {trend.months.length === 0 ? (
        <p>{t('trend.none')}</p>
      ) : (
        <div className="chart-with-table">
          <TrendChart months={trend.months} statementName={statementName} />
          <TrendTable months={trend.months} />
        </div>
      )}
    </section>
  );
}

/** What children answered: counts per statement and per month for the chosen filters, then the newest ratings. */
export function RatingsPage() {
  const { t } = useTranslation('inbox-ratings');
  const [query, setQuery] = useState<RatingsQuery>({});
  const load = useCallback(() => fetchRatings(query), [query]);
  const { data, error } = useLoad(load);

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <AnswerPatterns />
      <RatingsFilterForm onApply={setQuery} />
      {error ? <p role="alert">{error}</p> : null}
      <p role="status" className="ratings-summary">
        {data ? <FilterSummary data={data} /> : t('inbox:loading')}
      </p>
      {data ? (
        <>
          <section aria-labelledby="ratings-counts-title">
            <h2 id="ratings-counts-title">{t('counts.title')}</h2>
            <div className="chart-with-table">
              <StatementChart counts={data.counts} />
              <CountsTable counts={data.counts} />
            </div>
          </section>
          <Trend trend={data.trend} />
          <section aria-labelledby="ratings-recent-title">
            <h2 id="ratings-recent-title">{t('recent.title')}</h2>
            <RecentRatingsTable ratings={data.ratings} />
          </section>
        </>
      ) : null}
    </>
  );
}
