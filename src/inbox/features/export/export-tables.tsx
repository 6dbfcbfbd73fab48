import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedTable, ShownValue } from '../../../shared/anonymise/table';
import type { ExportGroup, StatementExportTable, ThemeExportTable } from '../../../shared/inbox/export-wire';
import type { Answer } from '../../../shared/content/statements';
import { useExportLabels } from './export-labels';

/** A table that may scroll sideways on a tablet: the scrolling box takes focus and is named by the caption. */
function ScrollTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="export-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="export-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

function Value({ value }: { value: ShownValue }) {
  const labels = useExportLabels();
  return <td className={typeof value === 'number' ? 'export-number' : `export-${value}`}>{labels.value(value)}</td>;
}

export function StatementTable({ entry, groups, answers }: { entry: StatementExportTable; groups: readonly ExportGroup[]; answers: readonly Answer[] }) {
  const { t } = useTranslation('inbox-export');
  const labels = useExportLabels();
  const { table } = entry;
  return (
    <ScrollTable caption={t('ratings.caption', { statement: t(`statements:${entry.statementId}`) })}>
      <thead>
        <tr>
          <th scope="col">{t('ratings.group')}</th>
          {answers.map((answer) => (
            <th scope="col" key={answer}>
              {t(`inbox:answers.${answer}`)}
            </th>
          ))}
          <th scope="col">{t('ratings.total')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={row.label} className={row.withheld ? 'export-withheld-row' : undefined}>
            <th scope="row">{groups[r] ? labels.group(groups[r]) : row.label}</th>
            {row.cells.map((cell, c) => (
              <Value key={c} value={cell} />
            ))}
            <Value value={row.total} />
          </tr>
        ))}
      </tbody>
      <TotalsRow label={t('ratings.allGroups')} table={table} />
    </ScrollTable>
  );
}

function TotalsRow({ label, table }: { label: string; table: PublishedTable }) {
  return (
    <tfoot>
      <tr>
        <th scope="row">{label}</th>
        {table.columnTotals.map((total, c) => (
          <Value key={c} value={total} />
        ))}
        <Value value={table.grandTotal} />
      </tr>
    </tfoot>
  );
}

/** Themes down the side and groups across: theme names are long, group names short. */
export function ThemeTable({ entry, groups }: { entry: ThemeExportTable; groups: readonly ExportGroup[] }) {
  const { t } = useTranslation('inbox-export');
  const labels = useExportLabels();
  const { table, themeIds } = entry;
  return (
    <ScrollTable caption={t('themes.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('themes.theme')}</th>
          {table.rows.map((row, r) => (
            <th scope="col" key={row.label}>
              {groups[r] ? labels.group(groups[r]) : row.label}
            </th>
          ))}
          <th scope="col">{t('ratings.allGroups')}</th>
        </tr>
      </thead>
      <tbody>
        {themeIds.map((theme, c) => (
          <tr key={theme}>
            <th scope="row">{labels.theme(theme)}</th>
            {table.rows.map((row) => (
              <Value key={row.label} value={row.cells[c] ?? 'c'} />
            ))}
            <Value value={table.columnTotals[c] ?? 'c'} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('themes.allThemes')}</th>
          {table.rows.map((row) => (
            <Value key={row.label} value={row.total} />
          ))}
          <Value value={table.grandTotal} />
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
