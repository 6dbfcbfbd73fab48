/**
 * Builds the anonymised export (CSV and printed report) from counts the server has already added up. Pure:
 * the same counts always give the same report, and everything in it has been through the suppression rules.
 *
 * - Groups are care status × age band ("not given" included), listed only when they sent something in the
 *   period, so every table has the same rows in the same order.
 * - One table per statement answered in the period: groups × answers, through `suppressTable`.
 * - One theme table: groups × themes, counting comments; a group with fewer than 10 children is withheld.
 * - Quotes: approved ones, redacted again with today's word lists, only from groups of at least 10 children.
 */
import { ALL_STATEMENT_IDS, ANSWERS, type Answer, type StatementId } from '../content/statements';
import {
  type ExportGroup,
  type ExportPeriod,
  type ExportQuote,
  type ExportReport,
  GROUP_AGE_BANDS,
  GROUP_CARE_STATUSES,
  NOT_GIVEN,
} from '../inbox/export-wire';
import { type RedactLists, redactQuote } from '../redact/redact';
import { THEME_IDS, type ThemeId } from '../themes/codebook';
import { mayReleaseFreeText, suppressTable } from './suppression';
import type { CountTable, PublishedTable } from './table';

/** Ratings of one statement with one answer, from one group in one month (`YYYY-MM`). */
export interface RatingCount {
  readonly month: string;
  readonly statementId: StatementId;
  readonly answer: Answer;
  readonly careStatus: string | null;
  readonly ageBand: string | null;
  readonly count: number;
}

/** Comments from one group tagged with one theme. */
export interface ThemeCount {
  readonly theme: ThemeId;
  readonly careStatus: string | null;
  readonly ageBand: string | null;
  readonly count: number;
}

/** An approved quote's stored (already redacted) text and its writer's group. */
export interface QuoteSource {
  readonly text: string;
  readonly careStatus: string | null;
  readonly ageBand: string | null;
}

export interface ExportSource {
  readonly period: ExportPeriod;
  readonly ratings: readonly RatingCount[];
  readonly themes: readonly ThemeCount[];
  readonly quotes: readonly QuoteSource[];
  readonly redactLists: RedactLists;
}

/** A stored care status and age band as an export group; anything not one of ours counts as not given. */
export function groupOf(careStatus: string | null, ageBand: string | null): ExportGroup {
  const care = GROUP_CARE_STATUSES.find((value) => value === careStatus) ?? NOT_GIVEN;
  const age = GROUP_AGE_BANDS.find((value) => value === ageBand) ?? NOT_GIVEN;
  return { careStatus: care, ageBand: age };
}

export const groupKey = (group: ExportGroup): string => `${group.careStatus}/${group.ageBand}`;

/** Every group, in the order tables list them. */
export const ALL_EXPORT_GROUPS: readonly ExportGroup[] = GROUP_CARE_STATUSES.flatMap((careStatus) =>
  GROUP_AGE_BANDS.map((ageBand) => ({ careStatus, ageBand })),
);

/**
 * How many children a group surely has, for the free-text rule (at least 10). We keep no child or device ids,
 * so this is a cautious guess from answers: the most answers any one statement got from the group in any one
 * month. A child answers each statement once in a go, so that many answers came from at least that many goes;
 * taking the busiest single statement and month (never a sum over statements or months, and never the number
 * of comments) keeps a child who answers again and again from being counted many times over. A child doing
 * several goes in one month can still be counted more than once: no estimate without ids can rule that out.
 */
export function estimateChildren(ratings: readonly RatingCount[]): Map<string, number> {
  const perStatementMonth = new Map<string, number>();
  for (const rating of ratings) {
    const key = `${groupKey(groupOf(rating.careStatus, rating.ageBand))}|${rating.statementId}|${rating.month}`;
    perStatementMonth.set(key, (perStatementMonth.get(key) ?? 0) + rating.count);
  }
  const children = new Map<string, number>();
  for (const [key, answers] of perStatementMonth) {
    const group = key.slice(0, key.indexOf('|'));
    children.set(group, Math.max(children.get(group) ?? 0, answers));
  }
  return children;
}

function groupsIn(source: ExportSource): ExportGroup[] {
  const present = new Set<string>();
  for (const row of [...source.ratings, ...source.themes]) {
    if (row.count > 0) present.add(groupKey(groupOf(row.careStatus, row.ageBand)));
  }
  return ALL_EXPORT_GROUPS.filter((group) => present.has(groupKey(group)));
}

function statementTable(source: ExportSource, groups: readonly ExportGroup[], statementId: StatementId): PublishedTable {
  const rowOf = new Map(groups.map((group, row) => [groupKey(group), row]));
  const counts = groups.map(() => ANSWERS.map(() => 0));
  for (const rating of source.ratings) {
    if (rating.statementId !== statementId) continue;
    const row = counts[rowOf.get(groupKey(groupOf(rating.careStatus, rating.ageBand))) ?? -1];
    const column = ANSWERS.indexOf(rating.answer);
    if (row && column >= 0) row[column] = (row[column] ?? 0) + rating.count;
  }
  return suppressTable({ rowLabels: groups.map(groupKey), columnLabels: [...ANSWERS], counts });
}

/**
 * The theme table's true counts. Cells count comments, not children (one child may write several), so this
 * cannot go through `themeCountTable`, whose check that a count never exceeds the group's children does not
 * hold for comments; it applies the same two rules here instead: withheld under 10 children, then suppressed.
 */
export function themeCounts(source: ExportSource, groups: readonly ExportGroup[]): CountTable {
  const rowOf = new Map(groups.map((group, row) => [groupKey(group), row]));
  const counts = groups.map(() => THEME_IDS.map(() => 0));
  for (const theme of source.themes) {
    const row = counts[rowOf.get(groupKey(groupOf(theme.careStatus, theme.ageBand))) ?? -1];
    const column = THEME_IDS.indexOf(theme.theme);
    if (row && column >= 0) row[column] = (row[column] ?? 0) + theme.count;
  }
  return { rowLabels: groups.map(groupKey), columnLabels: [...THEME_IDS], counts };
}

/** Whether each group may show anything drawn from free text. */
export function freeTextAllowed(source: ExportSource, groups: readonly ExportGroup[]): boolean[] {
  const children = estimateChildren(source.ratings);
  return groups.map((group) => mayReleaseFreeText(children.get(groupKey(group)) ?? 0));
}

function releasedQuotes(source: ExportSource, groups: readonly ExportGroup[], allowed: readonly boolean[]): ExportQuote[] {
  const order = new Map(groups.map((group, row) => [groupKey(group), row]));
  return source.quotes
    .map((quote) => ({ text: redactQuote(quote.text, source.redactLists).text, group: groupOf(quote.careStatus, quote.ageBand) }))
    .filter((quote) => allowed[order.get(groupKey(quote.group)) ?? -1] === true)
    .sort((a, b) => (order.get(groupKey(a.group)) ?? 0) - (order.get(groupKey(b.group)) ?? 0) || a.text.localeCompare(b.text));
}

export function buildExportReport(source: ExportSource): ExportReport {
  const groups = groupsIn(source);
  const answered = new Set(source.ratings.filter((rating) => rating.count > 0).map((rating) => rating.statementId));
  const allowed = freeTextAllowed(source, groups);
  return {
    period: { from: source.period.from, to: source.period.to },
    groups,
    answers: [...ANSWERS],
    statements: ALL_STATEMENT_IDS.filter((id) => answered.has(id)).map((statementId) => ({
      statementId,
      table: statementTable(source, groups, statementId),
    })),
    themes: {
      themeIds: [...THEME_IDS],
      table: suppressTable(themeCounts(source, groups), { withholdRows: allowed.map((ok) => !ok) }),
    },
    quotes: releasedQuotes(source, groups, allowed),
  };
}
