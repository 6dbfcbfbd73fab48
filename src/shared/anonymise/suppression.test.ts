import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalAttack, linearAttack, singleUnknownAttack } from './audit';
import { MIN_FREE_TEXT_GROUP, mayReleaseFreeText, suppressTable } from './suppression';
import { SUPPRESSED, WITHHELD, publish, sum, type CountTable, type PublishedTable } from './table';
import { themeCountTable, type ThemeCounts } from './themes';
import { recoverBySubtraction, verifyPublished } from './verify';

const RUNS = Number(process.env.ANON_RUNS ?? 1000);
/** Roughly 1 ms a run; generous so that ANON_RUNS=20000 does not hit the default 5 s. */
const TIMEOUT = { timeout: Math.max(30_000, RUNS * 10) };

const table = (counts: number[][]): CountTable => ({
  rowLabels: counts.map((_, r) => `group ${r}`),
  columnLabels: (counts[0] ?? []).map((_, c) => `answer ${c}`),
  counts,
});


function allAttacks(pub: PublishedTable) {
  return [
    ...singleUnknownAttack(pub),
    ...linearAttack(pub),
    ...intervalAttack(pub),
    ...intervalAttack(pub, 'c-means-1-to-5'),
  ];
}

describe('suppressTable: examples', () => {
  const example = table([
    [10, 2, 8, 0],
    [12, 9, 7, 6],
    [14, 11, 3, 9],
    [3, 1, 0, 0],
  ]);
  const pub = suppressTable(example);

  it('shows 1–5 as c, keeps 0 and withholds a group under 6 entirely', () => {
    expect(pub.rows[0]?.cells[1]).toBe(SUPPRESSED);
    expect(pub.rows[0]?.cells[3]).toBe(0);
    expect(pub.rows[3]).toMatchObject({ withheld: true, total: WITHHELD, cells: [WITHHELD, WITHHELD, WITHHELD, WITHHELD] });
    expect(allAttacks(pub)).toEqual([]);
    expect(recoverBySubtraction(pub).size).toBe(0);
  });

  it('primary suppression alone would leak; the checkers see it (they are not vacuous)', () => {
    const hiddenCells = example.counts.map((row, r) => row.map((n) => r === 3 || (n >= 1 && n <= 5)));
    const naive = publish(example, {
      withheldRows: [false, false, false, true],
      hiddenCells,
      rowTotalShown: [true, true, true, false],
      columnTotalShown: [true, true, true, true],
      grandTotalShown: true,
    });
    expect(recoverBySubtraction(naive).get('0:1')).toBe(2);
    expect(verifyPublished(example, naive, (r) => r === 3)).toContain('recovered 0:1 = 2');
    const tampered = { ...pub, rows: pub.rows.map((row, r) => (r === 0 ? { ...row, cells: [10, 2, 8, 0] } : row)) };
    expect(verifyPublished(example, tampered, (r) => r === 3)).toContain('cell 0:1: shows a count of 2');
    expect(singleUnknownAttack(naive)).toContainEqual({ kind: 'cell', row: 0, column: 1 });
    expect(linearAttack(naive)).toContainEqual({ kind: 'row-total', row: 3 });
  });

  it('does not leave two hidden 1s that the reader of "c = 1–5" could pin down', () => {
    const out = suppressTable(table([[10, 1, 1, 8], [9, 12, 10, 11]]));
    expect(intervalAttack(out, 'c-means-1-to-5')).toEqual([]);
    expect(out.rows[0]?.cells.filter((cell) => cell === SUPPRESSED).length).toBeGreaterThanOrEqual(2);
  });

  it('hides the hidden cells summing to 0 problem (all would read as 0)', () => {
    const out = suppressTable(table([[20, 0, 0], [18, 7, 9], [2, 0, 3]]));
    expect(allAttacks(out)).toEqual([]);
  });

  it('withholds a group of 5 but not a group of 6', () => {
    const out = suppressTable(table([[5, 0], [6, 0], [20, 14], [18, 11]]));
    expect(out.rows[0]?.withheld).toBe(true);
    expect(out.rows[1]?.withheld).toBe(false);
    expect(allAttacks(out)).toEqual([]);
  });

  it('rejects ragged or negative counts', () => {
    expect(() => suppressTable(table([[1, 2], [3]]))).toThrow(RangeError);
    expect(() => suppressTable(table([[-1, 2]]))).toThrow(RangeError);
    expect(() => suppressTable(table([[1.5, 2]]))).toThrow(RangeError);
  });
});

describe('free text', () => {
  it('needs at least 10 children in the group', () => {
    expect(MIN_FREE_TEXT_GROUP).toBe(10);
    expect(mayReleaseFreeText(9)).toBe(false);
    expect(mayReleaseFreeText(10)).toBe(true);
    expect(mayReleaseFreeText(Number.NaN)).toBe(false);
  });

  it('withholds theme counts for a group under 10 even when its counts are large', () => {
    const out = themeCountTable({
      groupLabels: ['11-15 foster', '16-17 residential', '11-15 kinship'],
      themeLabels: ['school', 'contact', 'food'],
      groupSizes: [40, 9, 30],
      counts: [[20, 12, 9], [8, 7, 6], [14, 10, 11]],
    });
    expect(out.rows[1]).toMatchObject({ withheld: true, total: WITHHELD });
    expect(allAttacks(out)).toEqual([]);
    expect(() => themeCountTable({ groupLabels: ['a'], themeLabels: ['x'], groupSizes: [10], counts: [[11]] })).toThrow();
  });
});

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const tables = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  )
  .map(table);

/** Every property the rules promise, by the independent checker and by all the attacks. */
function checkPublished(source: CountTable, pub: PublishedTable, withheld: (r: number) => boolean) {
  expect(verifyPublished(source, pub, withheld)).toEqual([]);
  expect(allAttacks(pub)).toEqual([]);
}

describe(`suppression properties (${RUNS} runs each, ANON_RUNS to change)`, () => {
  it('count tables: no 1–5 shown, withheld rows empty, nothing recoverable, shown values true', TIMEOUT, () => {
    console.log(`anonymise: suppressTable property, ${RUNS} runs`);
    const seen = { withheld: 0, secondary: 0 };
    fc.assert(
      fc.property(tables, (source) => {
        const pub = suppressTable(source);
        checkPublished(source, pub, (r) => sum(source.counts[r] ?? []) < 6);
        if (pub.rows.some((row) => row.withheld)) seen.withheld++;
        const secondary = pub.rows.some((row, r) =>
          row.cells.some((cell, c) => cell === SUPPRESSED && !((source.counts[r]?.[c] ?? 0) >= 1 && (source.counts[r]?.[c] ?? 0) <= 5)),
        );
        if (secondary) seen.secondary++;
      }),
      { numRuns: RUNS },
    );
    console.log(`anonymise: runs with a withheld group ${seen.withheld}, with secondary suppression ${seen.secondary}`);
  });

  it('theme tables: groups under 10 withheld, same guarantees', TIMEOUT, () => {
    console.log(`anonymise: themeCountTable property, ${RUNS} runs`);
    const themes = tables.chain((source) =>
      fc.tuple(...source.counts.map((row) => fc.integer({ min: Math.max(0, ...row), max: 70 }))).map(
        (sizes): ThemeCounts => ({
          groupLabels: source.rowLabels,
          themeLabels: source.columnLabels,
          groupSizes: sizes,
          counts: source.counts,
        }),
      ),
    );
    fc.assert(
      fc.property(themes, (input) => {
        const pub = themeCountTable(input);
        const source = { rowLabels: input.groupLabels, columnLabels: input.themeLabels, counts: input.counts };
        checkPublished(source, pub, (r) => (input.groupSizes[r] ?? 0) < 10 || sum(input.counts[r] ?? []) < 6);
      }),
      { numRuns: RUNS },
    );
  });

  it('the linear and interval attacks find at least what single-unknown elimination finds', TIMEOUT, () => {
    console.log(`anonymise: attack-strength property, ${RUNS} runs`);
    const layouts = tables.chain((source) =>
      fc
        .array(fc.boolean(), { minLength: source.counts.length * 5, maxLength: source.counts.length * 5 })
        .map((mask) => ({ source, mask })),
    );
    fc.assert(
      fc.property(layouts, ({ source, mask }) => {
        const columns = source.columnLabels.length;
        const pub = publish(source, {
          withheldRows: source.counts.map(() => false),
          hiddenCells: source.counts.map((row, r) => row.map((_, c) => mask[r * 5 + c] ?? false)),
          rowTotalShown: source.counts.map(() => true),
          columnTotalShown: Array.from({ length: columns }, () => true),
          grandTotalShown: true,
        });
        const single = singleUnknownAttack(pub);
        expect(linearAttack(pub)).toEqual(expect.arrayContaining(single));
        expect(intervalAttack(pub)).toEqual(expect.arrayContaining(single));
        expect(single.length).toBe(recoverBySubtraction(pub).size);
      }),
      { numRuns: RUNS },
    );
  });
});
