/**
 * The attacker's view: given only a published table, what hidden values can be worked out from the shown totals?
 * Used by the suppression rules (suppress until this finds nothing) and by the tests, so it reads the published
 * table alone, never the true counts.
 *
 * Three attacks, each returning the cells (and withheld group totals) it pins down:
 * - `single`: repeatedly take a line (row, column or grand total) with exactly one unknown left and solve it;
 * - `linear`: exact linear algebra: a hidden value is derivable iff its coefficient vector lies in the span of the
 *   shown-total equations (BigInt elimination, no rounding);
 * - `interval`: bound propagation with hidden cells ≥ 0 (and, for the `c-means-1-to-5` prior, `c` in 1–5 and a
 *   withheld group's cells summing to at most 5); a value is disclosed when its lower and upper bounds meet.
 *   Not a full integer-programming audit: a pin needing LP reasoning beyond propagation would not be seen.
 */
import { SUPPRESSED, WITHHELD, type PublishedTable } from './table';

export type Disclosure =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number }
  | { readonly kind: 'row-total'; readonly row: number }
  | { readonly kind: 'column-total'; readonly column: number };

interface Equation {
  readonly vars: readonly number[];
  readonly lo: number;
  readonly hi: number;
}

interface System {
  readonly cells: readonly { row: number; column: number; marker: string }[];
  readonly index: ReadonlyMap<string, number>;
  readonly exact: readonly Equation[];
  readonly withheldRows: readonly { row: number; vars: number[] }[];
  readonly hiddenColumns: readonly { column: number; vars: number[] }[];
}

const key = (row: number, column: number) => `${row}:${column}`;

function buildSystem(pub: PublishedTable): System {
  const cells: { row: number; column: number; marker: string }[] = [];
  const index = new Map<string, number>();
  pub.rows.forEach((row, r) =>
    row.cells.forEach((value, c) => {
      if (typeof value !== 'number') {
        index.set(key(r, c), cells.length);
        cells.push({ row: r, column: c, marker: value });
      }
    }),
  );
  const exact: Equation[] = [];
  const line = (total: unknown, members: readonly { r: number; c: number }[]) => {
    if (typeof total !== 'number') return;
    let residual = total;
    const vars: number[] = [];
    for (const { r, c } of members) {
      const value = pub.rows[r]?.cells[c];
      if (typeof value === 'number') residual -= value;
      else vars.push(index.get(key(r, c)) ?? -1);
    }
    exact.push({ vars, lo: residual, hi: residual });
  };
  const columns = pub.columnLabels.length;
  const all: { r: number; c: number }[] = [];
  pub.rows.forEach((row, r) => {
    const members = Array.from({ length: columns }, (_, c) => ({ r, c }));
    all.push(...members);
    line(row.total, members);
  });
  for (let c = 0; c < columns; c++) line(pub.columnTotals[c], pub.rows.map((_, r) => ({ r, c })));
  line(pub.grandTotal, all);
  const withheldRows = pub.rows.flatMap((row, r) =>
    row.withheld ? [{ row: r, vars: Array.from({ length: columns }, (_, c) => index.get(key(r, c)) ?? -1) }] : [],
  );
  const hiddenColumns = pub.columnTotals.flatMap((total, c) =>
    typeof total === 'number' ? [] : [{ column: c, vars: pub.rows.flatMap((_, r) => index.get(key(r, c)) ?? []) }],
  );
  return { cells, index, exact, withheldRows, hiddenColumns };
}

/** Hidden totals an attacker must not recover: withheld groups' totals and hidden column totals. */
function totalTargets(system: System): { disclosure: Disclosure; vars: readonly number[] }[] {
  return [
    ...system.withheldRows.map((w) => ({ disclosure: { kind: 'row-total', row: w.row } as const, vars: w.vars })),
    ...system.hiddenColumns.map((h) => ({ disclosure: { kind: 'column-total', column: h.column } as const, vars: h.vars })),
  ];
}

function toDisclosures(system: System, cellVars: Iterable<number>, totals: (vars: readonly number[]) => boolean): Disclosure[] {
  const found: Disclosure[] = [];
  for (const v of new Set(cellVars)) {
    const cell = system.cells[v];
    if (cell) found.push({ kind: 'cell', row: cell.row, column: cell.column });
  }
  for (const target of totalTargets(system)) if (totals(target.vars)) found.push(target.disclosure);
  return found;
}

/** Iterative single-unknown elimination across rows, columns and the grand total. */
export function singleUnknownAttack(pub: PublishedTable): Disclosure[] {
  const system = buildSystem(pub);
  const solved = new Set<number>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const equation of system.exact) {
      const open = equation.vars.filter((v) => !solved.has(v));
      if (open.length === 1) {
        solved.add(open[0] ?? -1);
        progress = true;
      }
    }
  }
  return toDisclosures(system, solved, (vars) => vars.every((v) => solved.has(v)));
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y) [x, y] = [y, x % y];
  return x;
};

/** Reduces `vector` against the echelon basis (in insertion order); returns the remainder, scaled down by its gcd. */
function reduce(vector: bigint[], basis: readonly { pivot: number; row: bigint[] }[]): bigint[] {
  let current = vector;
  for (const { pivot, row } of basis) {
    const factor = current[pivot] ?? 0n;
    if (factor === 0n) continue;
    const scale = row[pivot] ?? 1n;
    current = current.map((value, i) => value * scale - (row[i] ?? 0n) * factor);
    const divisor = current.reduce((g, value) => gcd(g, value), 0n);
    if (divisor > 1n) current = current.map((value) => value / divisor);
  }
  return current;
}

/** Exact linear derivability of every hidden cell and every withheld group's total. */
export function linearAttack(pub: PublishedTable): Disclosure[] {
  const system = buildSystem(pub);
  const n = system.cells.length;
  const basis: { pivot: number; row: bigint[] }[] = [];
  const vectorOf = (vars: readonly number[]) => {
    const vector = Array.from({ length: n }, () => 0n);
    for (const v of vars) vector[v] = 1n;
    return vector;
  };
  for (const equation of system.exact) {
    const remainder = reduce(vectorOf(equation.vars), basis);
    const pivot = remainder.findIndex((value) => value !== 0n);
    if (pivot >= 0) basis.push({ pivot, row: remainder });
  }
  const inSpan = (vars: readonly number[]) => reduce(vectorOf(vars), basis).every((value) => value === 0n);
  const cells = system.cells.map((_, v) => v).filter((v) => inSpan([v]));
  return toDisclosures(system, cells, inSpan);
}

export type Prior = 'non-negative' | 'c-means-1-to-5';

/** Bound propagation; returns nothing if the prior turns out to contradict the table (the attacker learns it is wrong). */
export function intervalAttack(pub: PublishedTable, prior: Prior = 'non-negative'): Disclosure[] {
  const system = buildSystem(pub);
  const strict = prior === 'c-means-1-to-5';
  const lb = system.cells.map((cell): number => (strict && cell.marker === SUPPRESSED ? 1 : 0));
  const ub = system.cells.map((cell): number => (strict && (cell.marker === SUPPRESSED || cell.marker === WITHHELD) ? 5 : Infinity));
  const equations: Equation[] = [...system.exact];
  if (strict) for (const w of system.withheldRows) equations.push({ vars: w.vars, lo: 0, hi: 5 });
  for (let progress = true, rounds = 0; progress && rounds < 500; rounds++) {
    progress = false;
    for (const { vars, lo, hi } of equations) {
      const sumLb = vars.reduce((s, v) => s + (lb[v] ?? 0), 0);
      const sumUb = vars.reduce((s, v) => s + (ub[v] ?? Infinity), 0);
      for (const v of vars) {
        const ownLb = lb[v] ?? 0;
        const ownUb = ub[v] ?? Infinity;
        const otherUb = ownUb === Infinity ? sumUbWithout(vars, ub, v) : sumUb - ownUb;
        const newLb = Math.max(ownLb, lo - otherUb);
        const newUb = Math.min(ownUb, hi - (sumLb - ownLb));
        if (newLb > newUb) return [];
        if (newLb !== ownLb || newUb !== ownUb) {
          lb[v] = newLb;
          ub[v] = newUb;
          progress = true;
        }
      }
    }
  }
  const cells = system.cells.map((_, v) => v).filter((v) => lb[v] === ub[v]);
  const total = (bounds: readonly number[], vars: readonly number[]) => vars.reduce((s, v) => s + (bounds[v] ?? 0), 0);
  return toDisclosures(system, cells, (vars) => total(lb, vars) === total(ub, vars));
}

function sumUbWithout(vars: readonly number[], ub: readonly number[], skip: number): number {
  return vars.reduce((s, v) => (v === skip ? s : s + (ub[v] ?? Infinity)), 0);
}

/** Every disclosure any of the attacks finds (both priors for the interval attack). */
export function auditPublished(pub: PublishedTable): Disclosure[] {
  const seen = new Map<string, Disclosure>();
  const attacks = [singleUnknownAttack(pub), linearAttack(pub), intervalAttack(pub), intervalAttack(pub, 'c-means-1-to-5')];
  for (const d of attacks.flat()) seen.set(JSON.stringify(d), d);
  return [...seen.values()];
}
