import { beforeAll, describe, expect, it } from 'vitest';
import { auditPublished, verifyPublished } from '../../src/shared/anonymise';
import { SUPPRESSED, WITHHELD, sum, type PublishedTable } from '../../src/shared/anonymise/table';
import type { ExportReport } from '../../src/shared/inbox/export-wire';
import { addStaff } from '../../src/server/staff/staff-repository';
import { GROUPS, PERIOD, STATEMENTS, groupKeyOf, inPeriod, makeSeed, storeSeed, trueStatementTable, trueThemeTable } from './export-seed';
import { GOOD_PASSWORD, getWithCookie, signedInCookie } from './staff-helpers';
import { useTestApp } from './test-app';
import { dialects } from './test-database';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const FINER_THAN_MONTH = /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|\d{2}:\d{2}:\d{2}/;
const QUERY = `from=${PERIOD.from}&to=${PERIOD.to}`;

/** Every value a published table shows, cells and totals. */
const shownValues = (table: PublishedTable) => [
  ...table.rows.flatMap((row) => [...row.cells, row.total]),
  ...table.columnTotals,
  table.grandTotal,
];

/** A minimal RFC 4180 reader: the test must not trust the code it checks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe.each(dialects)('anonymised export [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const seed = makeSeed();
  let officer = '';
  let officerId = 0;

  beforeAll(async () => {
    const { app, handle } = ctx.current;
    await storeSeed(app, handle.db, seed);
    officerId = (await addStaff(handle.db, { email: 'officer@example.org', role: 'participation-officer', password: GOOD_PASSWORD })).id;
    officer = await signedInCookie(app, 'officer@example.org');
    // Approved quotes: three from group A (30 children) that would run as formulas, one from group C (8 children).
    const fromGroup = (name: string) => seed.messages.find((m) => m.group.name === name)?.id ?? '';
    const approved = [
      { item: fromGroup('A'), text: '=1+2 more trips please' },
      { item: seed.messages.filter((m) => m.group.name === 'A')[1]?.id ?? '', text: '-less homework' },
      { item: seed.messages.filter((m) => m.group.name === 'A')[2]?.id ?? '', text: '+more pocket money, from Kayden' },
      { item: fromGroup('C'), text: 'a quote from a small group' },
    ];
    await handle.db
      .insertInto('quote_requests')
      .values(approved.map(({ item, text }) => ({
        item_id: item,
        redacted_text: text,
        status: 'approved',
        requested_by: officerId,
        requested_at: '2025-04-02T10:00:00.000Z',
        decided_by: officerId + 1000,
        decided_at: '2025-04-03T10:00:00.000Z',
      })))
      .execute();
    await handle.db.insertInto('redaction_terms').values({ kind: 'name', term: 'Kayden', added_by: officerId, added_at: new Date().toISOString() }).execute();
  });

  async function report(query = QUERY): Promise<ExportReport> {
    const response = await getWithCookie(ctx.current.app, `/api/v1/inbox/export?${query}`, officer);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    return response.json<ExportReport>();
  }

  it(`[${dialect}] lists the groups that answered in the period, and every statement they answered`, async () => {
    const body = await report();
    expect(body.period).toEqual(PERIOD);
    const keys = body.groups.map((g) => `${g.careStatus}/${g.ageBand}`);
    expect(keys.sort()).toEqual(GROUPS.filter(inPeriod).map(groupKeyOf).sort());
    expect(body.statements.map((s) => s.statementId)).toEqual(STATEMENTS);
    const all = await report('');
    expect(all.groups.map((g) => `${g.careStatus}/${g.ageBand}`)).toContain('care-leaver/12-15');
  });

  it(`[${dialect}] never shows a count of 1–5, and no hidden count can be worked out`, async () => {
    const body = await report();
    const keys = body.groups.map((g) => `${g.careStatus}/${g.ageBand}`);
    for (const { statementId, table } of body.statements) {
      const truth = trueStatementTable(seed, statementId, keys);
      expect(verifyPublished(truth, table, (r) => sum(truth.counts[r] ?? []) < 6), statementId).toEqual([]);
      expect(auditPublished(table), statementId).toEqual([]);
      expect(shownValues(table).filter((v) => typeof v === 'number' && v >= 1 && v <= 5)).toEqual([]);
      expect(shownValues(table)).toContain(SUPPRESSED);
    }
  });

  it(`[${dialect}] withholds groups under 6 everywhere, total included`, async () => {
    const body = await report();
    const keys = body.groups.map((g) => `${g.careStatus}/${g.ageBand}`);
    for (const small of GROUPS.filter((g) => inPeriod(g) && g.children < 6)) {
      const row = keys.indexOf(groupKeyOf(small));
      expect(row).toBeGreaterThanOrEqual(0);
      for (const { table } of [...body.statements, body.themes]) {
        expect(table.rows[row]).toMatchObject({ withheld: true, total: WITHHELD });
        expect(table.rows[row]?.cells.every((cell) => cell === WITHHELD)).toBe(true);
      }
    }
  });

  it(`[${dialect}] shows theme counts only for groups of at least 10 children`, async () => {
    const body = await report();
    const keys = body.groups.map((g) => `${g.careStatus}/${g.ageBand}`);
    const truth = trueThemeTable(seed, keys);
    const children = (key: string) => GROUPS.find((g) => groupKeyOf(g) === key && inPeriod(g))?.children ?? 0;
    const table = body.themes.table;
    expect(verifyPublished(truth, table, (r) => children(keys[r] ?? '') < 10 || sum(truth.counts[r] ?? []) < 6)).toEqual([]);
    expect(auditPublished(table)).toEqual([]);
    expect(table.rows[keys.indexOf('in-care/under-12')]?.withheld).toBe(true);
    expect(table.rows[keys.indexOf('in-care/12-15')]?.withheld).toBe(false);
    expect(shownValues(table).filter((v) => typeof v === 'number' && v > 5).length).toBeGreaterThan(0);
  });

  it(`[${dialect}] releases approved quotes only from groups of at least 10 children, redacted with today's lists`, async () => {
    const body = await report();
    expect(body.quotes.map((q) => q.text).sort()).toEqual(['+more pocket money, from [name]', '-less homework', '=1+2 more trips please']);
    expect(body.quotes.every((q) => q.group.careStatus === 'in-care' && q.group.ageBand === '12-15')).toBe(true);
    const serialised = JSON.stringify(body);
    expect(serialised).not.toMatch(UUID);
    expect(serialised).not.toMatch(FINER_THAN_MONTH);
    expect(serialised).not.toContain('small group');
  });

  it(`[${dialect}] answers the CSV as a download with the same anonymised tables, safe for spreadsheets`, async () => {
    const response = await getWithCookie(ctx.current.app, `/api/v1/inbox/export.csv?${QUERY}`, officer);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="your-say-export-2025-01-2025-03.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    const csv = response.body;
    expect(csv).not.toMatch(UUID);
    expect(csv).not.toMatch(FINER_THAN_MONTH);
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[1-5]$/.test(cell))).toEqual([]);
    expect(cells).toContain('c');
    expect(cells).toContain('withheld');
    expect(cells).toContain("'=1+2 more trips please");
    expect(cells).toContain("'-less homework");
    expect(cells).toContain("'+more pocket money, from [name]");
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells.some((cell) => cell.includes('Kayden') || cell.includes('small group'))).toBe(false);

    // Every table row in the CSV matches the JSON's published row.
    const body = await report();
    const first = body.statements[0];
    const csvRow = rows.find((row) => row[0] === first?.statementId && row[2] === 'In care' && row[3] === '12 to 15');
    const jsonRow = first?.table.rows[body.groups.findIndex((g) => g.careStatus === 'in-care' && g.ageBand === '12-15')];
    expect(csvRow?.slice(4)).toEqual([...(jsonRow?.cells ?? []), jsonRow?.total ?? ''].map(String));
  });

  it(`[${dialect}] names the file for an open period`, async () => {
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/export.csv', officer);
    expect(response.headers['content-disposition']).toBe('attachment; filename="your-say-export-start-latest.csv"');
  });

  it.each([
    ['a month of 13', 'from=2025-13'],
    ['a month without its zero', 'from=2025-1'],
    ['a full date', 'to=2025-01-31'],
    ['from after to', 'from=2025-04&to=2025-01'],
    ['two values', 'from=2025-01&from=2025-02'],
  ])(`[${dialect}] answers 400 for %s`, async (_name, query) => {
    for (const url of ['/api/v1/inbox/export', '/api/v1/inbox/export.csv']) {
      const response = await getWithCookie(ctx.current.app, `${url}?${query}`, officer);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: expect.any(String) });
    }
  });

  it(`[${dialect}] audits each export with its months only`, async () => {
    const before = await ctx.current.handle.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirst();
    await report();
    await getWithCookie(ctx.current.app, `/api/v1/inbox/export.csv?from=${PERIOD.from}`, officer);
    const entries = await ctx.current.handle.db
      .selectFrom('audit_log')
      .select(['staff_id', 'action', 'item_id', 'detail'])
      .where('id', '>', Number(before?.id ?? 0))
      .orderBy('id')
      .execute();
    expect(entries).toEqual([
      { staff_id: officerId, action: 'export:view', item_id: null, detail: 'from=2025-01;to=2025-03' },
      { staff_id: officerId, action: 'export:csv', item_id: null, detail: 'from=2025-01;to=latest' },
    ]);
  });
});
