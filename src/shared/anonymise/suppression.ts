/**
 * Suppression rules for anonymised exports (PRODUCT.md, "Data the system keeps": Anonymised exports), written once
 * here for the CSV and the printed report. Pure functions: true counts in, publishable table out.
 *
 * The rule:
 * 1. Primary: a count of 1–5 is shown as `c`; 0 is shown as 0. This holds for column and grand totals too.
 * 2. Withheld groups: a row whose total is under 6 (or that a caller withholds, e.g. free text under 10 children)
 *    shows `withheld` in every cell and its total. Its cells still count in the column totals, so they are treated
 *    as hidden cells below, and its total must not be derivable either.
 * 3. Secondary, line by line: while some row or column whose total is shown has exactly one hidden cell, or hidden
 *    cells that add up to 0 (all would read as 0), hide one more cell in that line: the smallest non-zero shown
 *    cell (a zero only if there is none), preferring one whose other line also needs help. If the line has no shown
 *    cell left, hide its total instead (a column total takes the grand total with it).
 * 4. Secondary, audited: publish, then attack the published table (`auditPublished`: single-unknown elimination,
 *    exact linear algebra over all shown totals, and bound propagation with c ≥ 0 and with c in 1–5). For the
 *    first value it recovers (a hidden cell, a withheld group's total or a hidden column total), hide the
 *    smallest shown cell in its row or column; if there is none, hide a total.
 *    Repeat 3–4 until the audit recovers nothing. Every step hides something new, so this ends (at worst with
 *    every total hidden, when nothing can be derived).
 */
import { auditPublished, type Disclosure } from './audit';
import { assertValidTable, publish, sum, type CountTable, type PublishedTable } from './table';

/** A group with fewer answers than this is withheld entirely. */
export const MIN_GROUP_TOTAL = 6;
/** Anything drawn from free text (theme counts, quotes) needs at least this many children in the group. */
export const MIN_FREE_TEXT_GROUP = 10;

/** Counts of 1–5 are never shown. */
export const isSmallCount = (count: number): boolean => count >= 1 && count <= 5;

/** Whether theme counts or quotes drawn from free text may leave the council for a group of this many children. */
export function mayReleaseFreeText(groupSize: number): boolean {
  return Number.isFinite(groupSize) && groupSize >= MIN_FREE_TEXT_GROUP;
}

export interface SuppressOptions {
  /** Rows to withhold whatever their total (true = withhold). */
  readonly withholdRows?: readonly boolean[];
}

interface State {
  withheldRows: boolean[];
  hiddenCells: boolean[][];
  rowTotalShown: boolean[];
  columnTotalShown: boolean[];
  grandTotalShown: boolean;
}

interface Cell {
  readonly row: number;
  readonly column: number;
}

/** Applies the rule above and returns the table that may be published. */
export function suppressTable(table: CountTable, options: SuppressOptions = {}): PublishedTable {
  assertValidTable(table);
  const counts = table.counts;
  const withheldRows = counts.map((row, r) => sum(row) < MIN_GROUP_TOTAL || options.withholdRows?.[r] === true);
  const state: State = {
    withheldRows,
    hiddenCells: counts.map((row, r) => row.map((count) => withheldRows[r] === true || isSmallCount(count))),
    rowTotalShown: withheldRows.map((withheld) => !withheld),
    columnTotalShown: table.columnLabels.map((_, c) => !isSmallCount(sum(counts.map((row) => row[c] ?? 0)))),
    grandTotalShown: true,
  };
  // A hidden column total would come straight back from the grand total, so it goes too.
  if (state.columnTotalShown.includes(false) || isSmallCount(sum(counts.map((row) => sum(row))))) {
    state.grandTotalShown = false;
  }
  for (;;) {
    if (fixOneLine(counts, state)) continue;
    const published = publish(table, state);
    const [first] = auditPublished(published);
    if (!first) return published;
    fixDisclosure(counts, state, first);
  }
}

const valueAt = (counts: CountTable['counts'], cell: Cell) => counts[cell.row]?.[cell.column] ?? 0;

function rowCells(counts: CountTable['counts'], row: number): Cell[] {
  return (counts[row] ?? []).map((_, column) => ({ row, column }));
}

function columnCells(counts: CountTable['counts'], column: number): Cell[] {
  return counts.map((_, row) => ({ row, column }));
}

/** Lines whose total is shown and whose hidden cells could be worked out on their own. */
function needsHelp(counts: CountTable['counts'], state: State, line: readonly Cell[]): boolean {
  const hidden = line.filter((cell) => state.hiddenCells[cell.row]?.[cell.column]);
  return hidden.length === 1 || (hidden.length > 0 && sum(hidden.map((cell) => valueAt(counts, cell))) === 0);
}

/** Picks the shown cell to hide: smallest non-zero first, then zeros; ties go to a cell whose other line needs help. */
function pickCell(counts: CountTable['counts'], state: State, candidates: readonly Cell[]): Cell | undefined {
  const shown = candidates.filter((cell) => !state.hiddenCells[cell.row]?.[cell.column]);
  const helps = (cell: Cell) =>
    (state.rowTotalShown[cell.row] && needsHelp(counts, state, rowCells(counts, cell.row))) ||
    (state.columnTotalShown[cell.column] && needsHelp(counts, state, columnCells(counts, cell.column)));
  const rank = (cell: Cell) => {
    const value = valueAt(counts, cell);
    return [value === 0 ? 1 : 0, value, helps(cell) ? 0 : 1, cell.row, cell.column];
  };
  const compare = (a: Cell, b: Cell) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  };
  return [...shown].sort(compare)[0];
}

function hide(state: State, cell: Cell): void {
  const row = state.hiddenCells[cell.row];
  if (row) row[cell.column] = true;
}

function hideColumnTotal(state: State, column: number): void {
  state.columnTotalShown[column] = false;
  state.grandTotalShown = false;
}

/** Step 3: fixes the first row or column that needs help; returns whether anything changed. */
function fixOneLine(counts: CountTable['counts'], state: State): boolean {
  for (let row = 0; row < counts.length; row++) {
    if (!state.rowTotalShown[row] || !needsHelp(counts, state, rowCells(counts, row))) continue;
    const cell = pickCell(counts, state, rowCells(counts, row));
    if (cell) hide(state, cell);
    else state.rowTotalShown[row] = false;
    return true;
  }
  for (let column = 0; column < state.columnTotalShown.length; column++) {
    if (!state.columnTotalShown[column] || !needsHelp(counts, state, columnCells(counts, column))) continue;
    const cell = pickCell(counts, state, columnCells(counts, column));
    if (cell) hide(state, cell);
    else hideColumnTotal(state, column);
    return true;
  }
  return false;
}

/** Step 4: hides one more thing so that the disclosed value is (eventually) protected. */
function fixDisclosure(counts: CountTable['counts'], state: State, disclosure: Disclosure): void {
  if (disclosure.kind === 'cell') {
    const { row, column } = disclosure;
    const candidates = [
      ...(state.rowTotalShown[row] ? rowCells(counts, row) : []),
      ...(state.columnTotalShown[column] ? columnCells(counts, column) : []),
    ];
    const cell = pickCell(counts, state, candidates);
    if (cell) return hide(state, cell);
    if (state.columnTotalShown[column]) return hideColumnTotal(state, column);
    if (state.rowTotalShown[row]) {
      state.rowTotalShown[row] = false;
      return;
    }
  } else if (disclosure.kind === 'column-total') {
    const column = columnCells(counts, disclosure.column);
    const hiddenInColumn = column.filter((cell) => state.hiddenCells[cell.row]?.[cell.column]).length;
    const cell = hiddenInColumn < 2 ? pickCell(counts, state, column) : undefined;
    if (cell) return hide(state, cell);
    const other = state.columnTotalShown.indexOf(true);
    if (other >= 0) return hideColumnTotal(state, other);
  } else {
    // A withheld group's total comes back from the column totals less the shown row totals: hide a column total.
    const shownColumns = state.columnTotalShown.flatMap((shown, column) => (shown ? [column] : []));
    const columnTotal = (column: number) => sum(counts.map((row) => row[column] ?? 0));
    const smallest = shownColumns.sort((a, b) => columnTotal(a) - columnTotal(b) || a - b)[0];
    if (smallest !== undefined) return hideColumnTotal(state, smallest);
  }
  hideAnyTotal(state);
}

function hideAnyTotal(state: State): void {
  if (state.grandTotalShown) {
    state.grandTotalShown = false;
    return;
  }
  const column = state.columnTotalShown.indexOf(true);
  if (column >= 0) return hideColumnTotal(state, column);
  const row = state.rowTotalShown.indexOf(true);
  if (row >= 0) state.rowTotalShown[row] = false;
}
