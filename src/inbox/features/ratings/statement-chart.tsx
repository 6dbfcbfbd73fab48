import { useTranslation } from 'react-i18next';
import type { StatementCounts } from '../../../shared/inbox/ratings-wire';
import { ANSWER_SERIES, AnswerLegend, patternUrl } from './answer-patterns';

const BAR_HEIGHT = 22;

/** One bar: the answers laid end to end, each as long as its count (the longest total fills the row). */
function StackedBar({ row, longest }: { row: StatementCounts; longest: number }) {
  let start = 0;
  return (
    <svg className="statement-bar-track" width="100%" height={BAR_HEIGHT} aria-hidden="true" focusable="false">
      <rect className="statement-bar-empty" width="100%" height={BAR_HEIGHT} />
      {ANSWER_SERIES.map((series) => {
        const count = row[series.field];
        if (count === 0) return null;
        const x = (start / longest) * 100;
        start += count;
        return (
          <rect
            key={series.answer}
            x={`${x}%`}
            width={`${(count / longest) * 100}%`}
            height={BAR_HEIGHT}
            fill={patternUrl(series)}
            stroke="#fff"
            strokeWidth="1"
          />
        );
      })}
    </svg>
  );
}

/** Answers per statement as stacked bars; the counts table beside it is the accessible version. */
export function StatementChart({ counts }: { counts: readonly StatementCounts[] }) {
  const { t } = useTranslation('inbox-ratings');
  const longest = Math.max(1, ...counts.map((row) => row.total));
  return (
    <figure className="ratings-chart">
      <figcaption>{t('counts.chartCaption')}</figcaption>
      <AnswerLegend />
      <div className="statement-bars" role="img" aria-label={t('counts.chartLabel')}>
        {counts.map((row) => (
          <div className="statement-bar" key={row.statementId}>
            <span className="statement-bar-label">{t(`statements:${row.statementId}`, { defaultValue: row.statementId })}</span>
            <StackedBar row={row} longest={longest} />
            <span className="statement-bar-total">{row.total}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
