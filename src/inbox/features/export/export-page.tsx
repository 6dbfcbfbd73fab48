import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPeriod, ExportReport } from '../../../shared/inbox/export-wire';
import type { Me } from '../../api';
import { useLoad } from '../../use-load';
import { exportApi } from './export-api';
import { useExportLabels } from './export-labels';
import { StatementTable, ThemeTable } from './export-tables';
import { PeriodForm } from './period-form';
import './export.css';

/**
 * The participation officer's anonymised export: a period, the published tables (what the CSV holds too), the
 * approved quotes, a CSV download and a printed report. Everything shown has been through the suppression rules
 * on the server; this page only lays it out.
 */
export function ExportPage({ me: _me }: { me: Me }) {
  const { t } = useTranslation('inbox-export');
  const labels = useExportLabels();
  const [period, setPeriod] = useState<ExportPeriod>({ from: null, to: null });
  const load = useCallback(() => exportApi.report(period), [period]);
  const { data, error } = useLoad(load);

  return (
    <div className="export-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="export-screen-only">{t('intro')}</p>
      <section className="export-key" aria-labelledby="export-key-title">
        <h2 id="export-key-title">{t('key.title')}</h2>
        <dl>
          <div>
            <dt>{t('values.c')}</dt>
            <dd>{t('key.c')}</dd>
          </div>
          <div>
            <dt>{t('values.withheld')}</dt>
            <dd>{t('key.withheld')}</dd>
          </div>
        </dl>
      </section>
      <PeriodForm initial={period} onChoose={setPeriod} />
      <p role="status" className="export-screen-only">
        {data ? t('loaded', { period: labels.period(data.period) }) : ''}
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {data ? <Report report={data} /> : null}
    </div>
  );
}

function Report({ report }: { report: ExportReport }) {
  const { t } = useTranslation('inbox-export');
  const labels = useExportLabels();
  return (
    <>
      <div className="export-actions">
        <a className="export-button" href={exportApi.csvUrl(report.period)} download>
          {t('download')}
        </a>
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      <div className="export-paper-heading">
        <p className="export-period">{t('period.shown', { period: labels.period(report.period) })}</p>
        <p className="export-note">{t('paperNote')}</p>
      </div>
      <section aria-labelledby="export-ratings-title">
        <h2 id="export-ratings-title">{t('ratings.title')}</h2>
        {report.statements.length === 0 ? <p>{t('noData')}</p> : null}
        {report.statements.map((entry) => (
          <StatementTable key={entry.statementId} entry={entry} groups={report.groups} answers={report.answers} />
        ))}
      </section>
      <section aria-labelledby="export-themes-title">
        <h2 id="export-themes-title">{t('themes.title')}</h2>
        <p>{t('themes.intro')}</p>
        <ThemeTable entry={report.themes} groups={report.groups} />
      </section>
      <section aria-labelledby="export-quotes-title">
        <h2 id="export-quotes-title">{t('quotes.title')}</h2>
        <p>{t('quotes.intro')}</p>
        {report.quotes.length === 0 ? (
          <p>{t('quotes.none')}</p>
        ) : (
          <ul className="export-quotes">
            {report.quotes.map((quote, i) => (
              <li key={i}>
                <figure>
                  <blockquote>
                    <p>{quote.text}</p>
                  </blockquote>
                  <figcaption>{t('quotes.from', { group: labels.group(quote.group) })}</figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
