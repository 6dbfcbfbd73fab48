import type { ExportPeriod, ExportReport } from '../../../shared/inbox/export-wire';
import { request } from '../../api';
import { queryString } from '../../query-string';

/** The query for a period: only the ends that are set. */
export function periodQuery(period: ExportPeriod): string {
  return queryString(period, ['from', 'to']);
}

export const exportApi = {
  report: (period: ExportPeriod) => request<ExportReport>('GET', `/inbox/export${periodQuery(period)}`),
  /** A plain link: the browser downloads it with the session cookie (same origin, GET, no CSRF header needed). */
  csvUrl: (period: ExportPeriod) => `/api/v1/inbox/export.csv${periodQuery(period)}`,
};
