import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_STATEMENT_IDS, ANSWERS, type StatementId } from '../content/statements';
import { GROUP_AGE_BANDS, GROUP_CARE_STATUSES, NOT_GIVEN, type ExportGroup, type ExportReport } from '../inbox/export-wire';
import { THEME_IDS } from '../themes/codebook';
import { auditPublished } from './audit';
import { type ExportSource, type RatingCount, buildExportReport, estimateChildren } from './export-report';
import { SUPPRESSED, WITHHELD, sum, type CountTable, type PublishedTable } from './table';
import { verifyPublished } from './verify';

const RUNS = Number(process.env.EXPORT_RUNS ?? process.env.ANON_RUNS ?? 300);
const TIMEOUT = { timeout: Math.max(60_000, RUNS * 100) };
const LISTS = { names: ['Sam'], schools: ['Oakfield'] };

const key = (careStatus: string | null, ageBand: string | null) => `${careStatus ?? NOT_GIVEN}/${ageBand ?? NOT_GIVEN}`;
const ORDER = GROUP_CARE_STATUSES.flatMap((c) => GROUP_AGE_BANDS.map((a) => `${c}/${a}`));
const stored = (value: string) => (value === NOT_GIVEN ? null : value);

/** Whether each number the report shows is 1–5 (never allowed), found by walking all of it. */
function smallNumbers(value: unknown): number[] {
  if (typeof value === 'number') return value >= 1 && value <= 5 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(smallNumbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(smallNumbers);
  return [];
}

/** The true counts, worked out here from the source rows without the builder's code. */
function truth(source: ExportSource, report: ExportReport) {
  const rows = report.groups.map((g) => `${g.careStatus}/${g.ageBand}`);
  const statement = (id: StatementId): CountTable => ({
    rowLabels: rows,
    columnLabels: [...ANSWERS],
    counts: rows.map((row) =>
      ANSWERS.map((answer) =>
        sum(source.ratings.filter((r) => r.statementId === id && r.answer === answer && key(r.careStatus, r.ageBand) === row).map((r) => r.count)),
      ),
    ),
  });
  const themes: CountTable = {
    rowLabels: rows,
    columnLabels: [...THEME_IDS],
    counts: rows.map((row) =>
      THEME_IDS.map((theme) => sum(source.themes.filter((t) => t.theme === theme && key(t.careStatus, t.ageBand) === row).map((t) => t.count))),
    ),
  };
  const children = new Map<string, number>();
  const perStatementMonth = new Map<string, number>();
  for (const r of source.ratings) {
    const at = `${key(r.careStatus, r.ageBand)}|${r.statementId}|${r.month}`;
    perStatementMonth.set(at, (perStatementMonth.get(at) ?? 0) + r.count);
  }
  for (const [at, n] of perStatementMonth) {
    const group = at.split('|')[0] ?? '';
    children.set(group, Math.max(children.get(group) ?? 0, n));
  }
  return { rows, statement, themes, children: (row: string) => children.get(row) ?? 0 };
}

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));
/** Small groups (a cell of at most 1), middling ones (at most 3) and large ones, so every rule gets exercised. */
const groupArb = fc.record({
  careStatus: fc.constantFrom(...GROUP_CARE_STATUSES),
  ageBand: fc.constantFrom(...GROUP_AGE_BANDS),
  cap: fc.constantFrom(1, 3, 40),
});
const sources: fc.Arbitrary<ExportSource> = fc
  .record({
    groups: fc.uniqueArray(groupArb, { minLength: 1, maxLength: 7, selector: (g) => `${g.careStatus}/${g.ageBand}` }),
    statements: fc.uniqueArray(fc.constantFrom(...ALL_STATEMENT_IDS), { minLength: 1, maxLength: 3 }),
    months: fc.uniqueArray(fc.constantFrom('2025-01', '2025-02', '2025-03'), { minLength: 1, maxLength: 2 }),
    themes: fc.uniqueArray(fc.constantFrom(...THEME_IDS), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ groups, statements, months, themes }) => {
    const ratingCells = groups.flatMap((g) => statements.flatMap((s) => months.flatMap((m) => ANSWERS.map((a) => ({ g, s, m, a })))));
    const themeCells = groups.flatMap((g) => themes.map((t) => ({ g, t })));
    return fc.record({
      ratings: fc.tuple(...ratingCells.map(() => count)).map((ns) =>
        ratingCells.map(({ g, s, m, a }, i): RatingCount => ({
          month: m,
          statementId: s,
          answer: a,
          careStatus: stored(g.careStatus),
          ageBand: stored(g.ageBand),
          count: Math.min(ns[i] ?? 0, g.cap),
        })),
      ),
      themes: fc.tuple(...themeCells.map(() => count)).map((ns) =>
        themeCells.map(({ g, t }, i) => ({ theme: t, careStatus: stored(g.careStatus), ageBand: stored(g.ageBand), count: Math.min(ns[i] ?? 0, 3 * g.cap) })),
      ),
      quotes: fc.array(fc.record({ group: fc.constantFrom(...groups), text: fc.constantFrom('Sam said =1+1', 'more trips', 'Oakfield is ok') }), { maxLength: 4 }),
      period: fc.constantFrom({ from: null, to: null }, { from: '2025-01', to: '2025-03' }),
    });
  })
  .map(({ ratings, themes, quotes, period }) => ({
    period,
    ratings,
    themes,
    quotes: quotes.map((q) => ({ text: q.text, careStatus: stored(q.group.careStatus), ageBand: stored(q.group.ageBand) })),
    redactLists: LISTS,
  }));

function checkTable(source: CountTable, pub: PublishedTable, withheld: (row: number) => boolean) {
  expect(verifyPublished(source, pub, withheld)).toEqual([]);
  expect(auditPublished(pub)).toEqual([]);
  pub.rows.forEach((row, r) => expect(row.withheld).toBe(withheld(r)));
}

describe('buildExportReport', () => {
  it('estimates children from the busiest statement in the busiest month, never from sums', () => {
    const rating = (statementId: StatementId, month: string, count: number): RatingCount => ({
      month, statementId, answer: 'yes', careStatus: 'in-care', ageBand: null, count,
    });
    const children = estimateChildren([rating('good-care-01', '2025-01', 6), rating('good-care-01', '2025-02', 5), rating('good-care-02', '2025-01', 8)]);
    expect(children.get('in-care/not-given')).toBe(8);
  });

  it(`keeps every rule on random data sets (${RUNS} runs, EXPORT_RUNS to change)`, TIMEOUT, () => {
    console.log(`anonymise: export report property, ${RUNS} runs`);
    const seen = { withheld: 0, freeTextWithheld: 0, suppressed: 0, quotes: 0 };
    fc.assert(
      fc.property(sources, (source) => {
        const report = buildExportReport(source);
        const t = truth(source, report);
        const present = new Set([...source.ratings, ...source.themes].filter((r) => r.count > 0).map((r) => key(r.careStatus, r.ageBand)));
        expect(t.rows).toEqual(ORDER.filter((row) => present.has(row)));
        for (const { statementId, table } of report.statements) {
          const counts = t.statement(statementId);
          checkTable(counts, table, (r) => sum(counts.counts[r] ?? []) < 6);
          seen.withheld += table.rows.filter((row) => row.withheld).length;
          seen.suppressed += table.rows.flatMap((row) => row.cells).filter((cell) => cell === SUPPRESSED).length;
        }
        const themes = t.themes;
        const freeTextWithheld = (r: number) => t.children(t.rows[r] ?? '') < 10;
        checkTable(themes, report.themes.table, (r) => freeTextWithheld(r) || sum(themes.counts[r] ?? []) < 6);
        seen.freeTextWithheld += t.rows.filter((_, r) => freeTextWithheld(r) && sum(themes.counts[r] ?? []) >= 6).length;
        for (const quote of report.quotes) {
          expect(t.children(`${quote.group.careStatus}/${quote.group.ageBand}`)).toBeGreaterThanOrEqual(10);
          expect(quote.text).not.toMatch(/Sam|Oakfield/);
        }
        const released = source.quotes.filter((q) => t.children(key(q.careStatus, q.ageBand)) >= 10);
        expect(report.quotes.length).toBe(released.length);
        seen.quotes += released.length;
        expect(smallNumbers(report)).toEqual([]);
        expect(JSON.stringify(report)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        for (const month of [report.period.from, report.period.to]) if (month !== null) expect(month).toMatch(/^\d{4}-\d{2}$/);
      }),
      { numRuns: RUNS },
    );
    console.log(`anonymise: export report property saw ${JSON.stringify(seen)}`);
    // The generator must reach every rule, or the property proves little.
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  });

  it('withholds a whole group everywhere, total included, and lists no group that sent nothing', () => {
    const group: ExportGroup = { careStatus: 'care-leaver', ageBand: '16-plus' };
    const report = buildExportReport({
      period: { from: null, to: null },
      ratings: [
        { month: '2025-01', statementId: 'good-care-01', answer: 'yes', careStatus: 'in-care', ageBand: '12-15', count: 12 },
        { month: '2025-01', statementId: 'good-care-01', answer: 'sometimes', careStatus: 'in-care', ageBand: '12-15', count: 9 },
        { month: '2025-01', statementId: 'good-care-01', answer: 'yes', careStatus: group.careStatus, ageBand: group.ageBand, count: 4 },
        { month: '2025-01', statementId: 'good-care-01', answer: 'yes', careStatus: 'in-care', ageBand: 'under-12', count: 0 },
      ],
      themes: [],
      quotes: [{ text: 'x', careStatus: group.careStatus, ageBand: group.ageBand }],
      redactLists: LISTS,
    });
    expect(report.groups).toEqual([{ careStatus: 'in-care', ageBand: '12-15' }, group]);
    expect(report.statements[0]?.table.rows[1]).toEqual({ label: 'care-leaver/16-plus', withheld: true, cells: ANSWERS.map(() => WITHHELD), total: WITHHELD });
    expect(report.quotes).toEqual([]);
  });
});
