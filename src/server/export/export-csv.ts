import { stringify } from 'csv-stringify/sync';
import inbox from '../../../locales/en/inbox.json';
import text from '../../../locales/en/inbox-export.json';
import promise from '../../../locales/en/promise.json';
import statements from '../../../locales/en/statements.json';
import type { PublishedTable } from '../../shared/anonymise/table';
import type { ExportGroup, ExportReport } from '../../shared/inbox/export-wire';
import type { ThemeId } from '../../shared/themes/codebook';

type Cell = string | number;

const statementText = (id: string): string => (statements as Record<string, string>)[id] ?? id;

export function themeTitle(theme: ThemeId): string {
  if (theme.startsWith('priority:')) {
    const priorities = promise.priorities as Record<string, { title: string }>;
    return priorities[theme.slice('priority:'.length)]?.title ?? theme;
  }
  if (theme.startsWith('statement:')) return statementText(theme.slice('statement:'.length));
  return text.themes.other;
}

const groupCells = (group: ExportGroup | undefined): Cell[] =>
  group ? [text.groups.careStatus[group.careStatus], text.groups.ageBand[group.ageBand]] : [text.ratings.allGroups, ''];

/** A published table's rows and its totals row, each after `lead` cells that say what it is. */
function tableRows(table: PublishedTable, groups: readonly ExportGroup[], lead: Cell[]): Cell[][] {
  return [
    ...table.rows.map((row, r) => [...lead, ...groupCells(groups[r]), ...row.cells, row.total]),
    [...lead, ...groupCells(undefined), ...table.columnTotals, table.grandTotal],
  ];
}

function ratingsSection(report: ExportReport): Cell[][] {
  const answers = inbox.answers as Record<string, string>;
  const header = [text.csv.statementId, text.csv.statement, text.csv.careStatus, text.csv.ageBand, ...report.answers.map((a) => answers[a] ?? a), text.ratings.total];
  return [
    [text.csv.ratings],
    header,
    ...report.statements.flatMap(({ statementId, table }) => tableRows(table, report.groups, [statementId, statementText(statementId)])),
  ];
}

function themesSection(report: ExportReport): Cell[][] {
  const header = [text.csv.careStatus, text.csv.ageBand, ...report.themes.themeIds.map(themeTitle), text.themes.allThemes];
  return [[text.csv.themes], header, ...tableRows(report.themes.table, report.groups, [])];
}

function quotesSection(report: ExportReport): Cell[][] {
  return [
    [text.csv.quotes],
    [text.csv.careStatus, text.csv.ageBand, text.csv.quote],
    ...report.quotes.map((quote) => [...groupCells(quote.group), quote.text]),
  ];
}

/**
 * The export as CSV: a short heading, then answers, themes and quotes, each with its own header row. Every value
 * comes from the published tables. Cells starting with = + - @, a tab or a carriage return are prefixed with '
 * (csv-stringify's escape_formulas), so a spreadsheet never runs a quote as a formula.
 */
export function exportCsv(report: ExportReport): string {
  const rows: Cell[][] = [
    [text.csv.title],
    [text.csv.period, text.csv.from, report.period.from ?? text.csv.start, text.csv.to, report.period.to ?? text.csv.latest],
    [text.paperNote],
    ['c', text.key.c],
    ['withheld', text.key.withheld],
    [],
    ...ratingsSection(report),
    [],
    ...themesSection(report),
    [],
    ...quotesSection(report),
  ];
  // A byte order mark so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${stringify(rows, { escape_formulas: true, record_delimiter: 'windows' })}`;
}

export function exportFileName(report: ExportReport): string {
  const { from, to } = report.period;
  return `your-say-export-${from ?? 'start'}-${to ?? 'latest'}.csv`;
}
