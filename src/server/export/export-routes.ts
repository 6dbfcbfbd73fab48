import type { FastifyInstance } from 'fastify';
import { buildExportReport } from '../../shared/anonymise/export-report';
import type { ExportPeriod, ExportReport } from '../../shared/inbox/export-wire';
import { recordAudit } from '../audit/audit-log';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { exportCsv, exportFileName } from './export-csv';
import { BAD_PERIOD, parsePeriod, periodDetail } from './export-period';
import { approvedQuotes, countRatings, countThemes, redactLists } from './export-repository';

/** Reads the counts for the period and puts them through the anonymisation rules. */
export async function loadExportReport(db: Db, period: ExportPeriod): Promise<ExportReport> {
  const [ratings, themes, quotes, lists] = await Promise.all([
    countRatings(db, period),
    countThemes(db, period),
    approvedQuotes(db, period),
    redactLists(db),
  ]);
  return buildExportReport({ period, ratings, themes, quotes, redactLists: lists });
}

/**
 * The participation officer's anonymised export, as JSON (for the inbox page and its printed report) and as CSV.
 * Both are audited with the months asked for; bad months are a 400.
 */
export function registerExportRoutes(app: FastifyInstance, db: Db): void {
  const guard = { preHandler: requirePermission(db, 'export:read') };

  app.get('/api/v1/inbox/export', guard, async (request, reply) => {
    const period = parsePeriod(request.query);
    if (!period) return reply.code(400).send({ error: BAD_PERIOD });
    const report = await loadExportReport(db, period);
    if (request.staff) await recordAudit(db, { staffId: request.staff.id, action: 'export:view', detail: periodDetail(period) });
    reply.header('cache-control', 'no-store');
    return report;
  });

  app.get('/api/v1/inbox/export.csv', guard, async (request, reply) => {
    const period = parsePeriod(request.query);
    if (!period) return reply.code(400).send({ error: BAD_PERIOD });
    const report = await loadExportReport(db, period);
    if (request.staff) await recordAudit(db, { staffId: request.staff.id, action: 'export:csv', detail: periodDetail(period) });
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${exportFileName(report)}"`)
      .send(exportCsv(report));
  });
}
