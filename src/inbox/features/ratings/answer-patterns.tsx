import { useTranslation } from 'react-i18next';
import type { AnswerCounts } from '../../../shared/inbox/ratings-wire';

/** The four answers in chart order, each with its count field and how it is drawn. */
export const ANSWER_SERIES = [
  { answer: 'yes', field: 'yes', fill: '#1d4e89' },
  { answer: 'sometimes', field: 'sometimes', fill: '#a15c00' },
  { answer: 'not-really', field: 'notReally', fill: '#a4161a' },
  { answer: 'skip', field: 'skip', fill: '#6b6b6b' },
] as const satisfies readonly { answer: string; field: keyof AnswerCounts; fill: string }[];

export type AnswerSeries = (typeof ANSWER_SERIES)[number];

/**
 * Colour alone must not tell answers apart: each has its own texture as well (solid, stripes, dots,
 * lines), and every colour keeps at least 3:1 against the white page.
 */
export const patternUrl = (series: AnswerSeries) => `url(#ratings-pattern-${series.answer})`;

/** The textures, defined once for every chart on the page. */
export function AnswerPatterns() {
  const [yes, sometimes, notReally, skip] = ANSWER_SERIES;
  return (
    <svg className="answer-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={`ratings-pattern-${yes.answer}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={yes.fill} />
        </pattern>
        <pattern id={`ratings-pattern-${sometimes.answer}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={sometimes.fill} />
          <rect width="2.5" height="8" fill="#fff" />
        </pattern>
        <pattern id={`ratings-pattern-${notReally.answer}`} width="7" height="7" patternUnits="userSpaceOnUse">
          <rect width="7" height="7" fill={notReally.fill} />
          <circle cx="3.5" cy="3.5" r="1.6" fill="#fff" />
        </pattern>
        <pattern id={`ratings-pattern-${skip.answer}`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={skip.fill} />
          <rect y="2.5" width="6" height="1.5" fill="#fff" />
        </pattern>
      </defs>
    </svg>
  );
}

/** The key to the textures, in words. */
export function AnswerLegend() {
  const { t } = useTranslation('inbox-ratings');
  return (
    <div className="answer-legend">
      <span className="answer-legend-title">{t('legend')}</span>
      <ul>
        {ANSWER_SERIES.map((series) => (
          <li key={series.answer}>
            <svg width="28" height="16" aria-hidden="true" focusable="false">
              <rect width="28" height="16" fill={patternUrl(series)} stroke="#1b1b1b" strokeWidth="1" />
            </svg>
            {t(`answers.${series.answer}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
