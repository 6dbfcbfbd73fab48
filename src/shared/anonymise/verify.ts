/**
 * A second, independent check of a published table against its true counts (it shares no code with ./audit), used
 * by the tests and available to the CSV and printed report as a last check before anything leaves the council.
 * Returns a list of problems; an empty list means the table keeps the rules.
 */
import { SUPPRESSED, WITHHELD, sum, type CountTable, type PublishedTable } from './table';

type Cell = readonly [row: number, column: number];

/**
 * Solves every line (row, column, grand total) whose total is shown and that has exactly one unknown left, again and
 * again until nothing changes. Returns what it recovered: `r:c` for cells, `total r` for withheld groups' totals.
 */
export function recoverBySubtraction(pub: PublishedTable): Map<string, number> {
  const known = new Map<string, number>();
  const rows = [...pub.rows.keys()];
  const columns = [...pub.columnLabels.keys()];
  const lines: { total: PublishedTable['grandTotal']; cells: Cell[] }[] = [
    ...pub.rows.map((row, r) => ({ total: row.total, cells: columns.map((c): Cell => [r, c]) })),
    ...pub.columnTotals.map((total, c) => ({ total, cells: rows.map((r): Cell => [r, c]) })),
    { total: pub.grandTotal, cells: rows.flatMap((r) => columns.map((c): Cell => [r, c])) },
  ];
  const valueOf = ([r, c]: Cell) => {
    const shown = pub.rows[r]?.cells[c];
    return typeof shown === 'number' ? shown : known.get(`${r}:${c}`);
  };
  for (let progress = true; progress; ) {
    progress = false;
    for (const line of lines) {
      if (typeof line.total !== 'number') continue;
      const unknown = line.cells.filter((cell) => valueOf(cell) === undefined);
      const [only] = unknown;
      if (unknown.length !== 1 || !only) continue;
      known.set(`${only[0]}:${only[1]}`, line.total - sum(line.cells.map((cell) => valueOf(cell) ?? 0)));
      progress = true;
    }
  }
  pub.rows.forEach((row, r) => {
    const values = columns.map((c) => valueOf([r, c]));
    if (row.withheld && values.every((v) => v !== undefined)) known.set(`total ${r}`, sum(values.map((v) => v ?? 0)));
  });
  return known;
}

/**
 * Checks: (1) no shown count, cell or total, is 1–5; (2) the rows `isWithheld` names show nothing, the others are
 * not withheld; (3) no row or column with a shown total has exactly one hidden cell, and subtraction recovers
 * nothing; (4) every number shown equals the true count.
 */
export function verifyPublished(source: CountTable, pub: PublishedTable, isWithheld: (row: number) => boolean): string[] {
  const problems: string[] = [];
  const shownNumber = (where: string, value: PublishedTable['grandTotal'], truth: number) => {
    if (typeof value !== 'number') return value === SUPPRESSED || problems.push(`${where}: unexpected ${value}`);
    if (value !== truth) problems.push(`${where}: shows ${value}, true count ${truth}`);
    if (value >= 1 && value <= 5) problems.push(`${where}: shows a count of ${value}`);
  };
  pub.rows.forEach((row, r) => {
    const truth = source.counts[r] ?? [];
    if (isWithheld(r)) {
      if (!row.withheld || row.total !== WITHHELD || row.cells.some((cell) => cell !== WITHHELD)) {
        problems.push(`row ${r}: should be withheld entirely`);
      }
      return;
    }
    if (row.withheld) problems.push(`row ${r}: withheld without reason`);
    row.cells.forEach((cell, c) => shownNumber(`cell ${r}:${c}`, cell, truth[c] ?? 0));
    shownNumber(`row ${r} total`, row.total, sum(truth));
  });
  pub.columnTotals.forEach((total, c) =>
    shownNumber(`column ${c} total`, total, sum(source.counts.map((row) => row[c] ?? 0))),
  );
  shownNumber('grand total', pub.grandTotal, sum(source.counts.map((row) => sum(row))));
  const hidden = (r: number, c: number) => typeof pub.rows[r]?.cells[c] !== 'number';
  pub.rows.forEach((row, r) => {
    const count = row.cells.filter((_, c) => hidden(r, c)).length;
    if (typeof row.total === 'number' && count === 1) problems.push(`row ${r}: one hidden cell under a shown total`);
  });
  pub.columnTotals.forEach((total, c) => {
    const count = pub.rows.filter((_, r) => hidden(r, c)).length;
    if (typeof total === 'number' && count === 1) problems.push(`column ${c}: one hidden cell under a shown total`);
  });
  for (const [what, value] of recoverBySubtraction(pub)) problems.push(`recovered ${what} = ${value}`);
  return problems;
}
