/**
 * The shapes shared by the suppression rules and the disclosure audit: a table of true counts going in, and the
 * published table (numbers, `c` and `withheld`) coming out. Pure data, no I/O.
 */

/** Shown in place of a count that is hidden (a count of 1–5, or a cell hidden so that one cannot be worked out). */
export const SUPPRESSED = 'c';
/** Shown in every cell and the total of a group that is withheld entirely. */
export const WITHHELD = 'withheld';

export type ShownValue = number | typeof SUPPRESSED | typeof WITHHELD;

/** True counts: rows are groups (e.g. age band × care status), columns are answers (yes, sometimes, …). */
export interface CountTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** counts[row][column]: non-negative whole numbers. */
  readonly counts: readonly (readonly number[])[];
}

export interface PublishedRow {
  readonly label: string;
  /** True when the whole group is withheld: every cell and the total are `withheld`. */
  readonly withheld: boolean;
  readonly cells: readonly ShownValue[];
  readonly total: ShownValue;
}

/** What may leave the council. Every number in it equals the true count. */
export interface PublishedTable {
  readonly columnLabels: readonly string[];
  readonly rows: readonly PublishedRow[];
  readonly columnTotals: readonly ShownValue[];
  readonly grandTotal: ShownValue;
}

/** Which parts of a table are hidden; the working state of the suppression rules. */
export interface Layout {
  readonly withheldRows: readonly boolean[];
  readonly hiddenCells: readonly (readonly boolean[])[];
  readonly rowTotalShown: readonly boolean[];
  readonly columnTotalShown: readonly boolean[];
  readonly grandTotalShown: boolean;
}

/** Throws unless the table is rectangular with non-negative whole counts. */
export function assertValidTable(table: CountTable): void {
  if (table.counts.length !== table.rowLabels.length) {
    throw new RangeError('anonymise: one row of counts is needed for each row label');
  }
  for (const row of table.counts) {
    if (row.length !== table.columnLabels.length) {
      throw new RangeError('anonymise: each row needs one count for each column label');
    }
    for (const count of row) {
      if (!Number.isSafeInteger(count) || count < 0) {
        throw new RangeError('anonymise: counts must be non-negative whole numbers');
      }
    }
  }
}

export const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** Builds the published table from the true counts and a layout. */
export function publish(table: CountTable, layout: Layout): PublishedTable {
  const columns = table.columnLabels.length;
  const rows = table.counts.map((counts, r): PublishedRow => {
    const label = table.rowLabels[r] ?? '';
    if (layout.withheldRows[r]) {
      return { label, withheld: true, cells: counts.map(() => WITHHELD), total: WITHHELD };
    }
    const cells = counts.map((count, c) => (layout.hiddenCells[r]?.[c] ? SUPPRESSED : count));
    return { label, withheld: false, cells, total: layout.rowTotalShown[r] ? sum(counts) : SUPPRESSED };
  });
  const columnTotals = Array.from({ length: columns }, (_, c): ShownValue =>
    layout.columnTotalShown[c] ? sum(table.counts.map((row) => row[c] ?? 0)) : SUPPRESSED,
  );
  const grandTotal = layout.grandTotalShown ? sum(table.counts.map((row) => sum(row))) : SUPPRESSED;
  return { columnLabels: [...table.columnLabels], rows, columnTotals, grandTotal };
}
