import type { AuditResponse } from '../../../shared/inbox/audit-wire';
import { request } from '../../api';

export const auditApi = {
  newest: () => request<AuditResponse>('GET', '/inbox/audit'),
  olderThan: (before: number) => request<AuditResponse>('GET', `/inbox/audit?before=${encodeURIComponent(before)}`),
};
