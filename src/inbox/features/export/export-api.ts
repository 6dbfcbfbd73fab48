import type { ExportPeriod, ExportReport } from '../../../shared/inbox/export-wire';
import { request } from '../../api';

/** The query for a period: only the ends that are set. */
export function periodQuery(period: ExportPeriod): string {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const exportApi = {
  report: (period: ExportPeriod) => request<ExportReport>('GET', `/inbox/export${periodQuery(period)}`),
  /** A plain link: the browser downloads it with the session cookie (same origin, GET, no CSRF header needed). */
  csvUrl: (period: ExportPeriod) => `/api/v1/inbox/export.csv${periodQuery(period)}`,
};
