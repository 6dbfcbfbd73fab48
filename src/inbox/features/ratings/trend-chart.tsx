import { useTranslation } from 'react-i18next';
import type { MonthCounts } from '../../../shared/inbox/ratings-wire';
import { ANSWER_SERIES, AnswerLegend, patternUrl } from './answer-patterns';
import { formatMonth, formatMonthShort } from './ratings-format';

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 14, end: 10, bottom: 40, start: 48 };
const PLOT_WIDTH = WIDTH - MARGIN.start - MARGIN.end;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const MAX_MONTH_LABELS = 12;

/** Whole-number axis steps of 1, 2 or 5 × a power of ten, about four of them, from 0 past `max`. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/** Answers per month as stacked columns; the trend table beside it is the accessible version. */
export function TrendChart({ months, statementName }: { months: readonly MonthCounts[]; statementName: string }) {
  const { t } = useTranslation('inbox-ratings');
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return null;
  const ticks = niceTicks(Math.max(...months.map((m) => m.total)));
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const band = PLOT_WIDTH / months.length;
  const barWidth = Math.max(1, band * 0.7);
  const labelEvery = Math.ceil(months.length / MAX_MONTH_LABELS);
  const label = t('trend.chartLabel', { from: formatMonth(first.month), to: formatMonth(last.month), statement: statementName });

  return (
    <figure className="ratings-chart">
      <figcaption>{t('trend.chartCaption')}</figcaption>
      <AnswerLegend />
      <svg className="trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="trend-grid" x1={MARGIN.start} x2={WIDTH - MARGIN.end} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.start - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {tick}
            </text>
          </g>
        ))}
        {months.map((month, index) => {
          const x = MARGIN.start + index * band + (band - barWidth) / 2;
          let below = 0;
          return (
            <g key={month.month}>
              {ANSWER_SERIES.map((series) => {
                const count = month[series.field];
                if (count === 0) return null;
                const rect = <rect key={series.answer} x={x} y={y(below + count)} width={barWidth} height={y(below) - y(below + count)} fill={patternUrl(series)} stroke="#fff" strokeWidth="1" />;
                below += count;
                return rect;
              })}
              {index % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                  {formatMonthShort(month.month)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line className="trend-axis" x1={MARGIN.start} x2={WIDTH - MARGIN.end} y1={y(0)} y2={y(0)} />
      </svg>
    </figure>
  );
}
