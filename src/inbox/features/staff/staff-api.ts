import type { AddStaffBody, StaffAccount, StaffListResponse } from '../../../shared/inbox/staff-admin-wire';
import { ApiError, request } from '../../api';

const BASE = '/inbox/staff';

export const staffApi = {
  list: () => request<StaffListResponse>('GET', BASE),
  add: (body: AddStaffBody) => request<StaffAccount>('POST', BASE, body),
  resetPassword: (id: number, password: string) => request<StaffAccount>('POST', `${BASE}/${id}/password`, { password }),
  disable: (id: number) => request<StaffAccount>('POST', `${BASE}/${id}/disable`),
  enable: (id: number) => request<StaffAccount>('POST', `${BASE}/${id}/enable`),
};

/** The server's own plain words when it refused; sign-in trouble gets the inbox's usual text. */
export function reasonOf(caught: unknown, signedOut: string): string {
  if (caught instanceof ApiError && caught.status === 401) return signedOut;
  return caught instanceof Error ? caught.message : String(caught);
}

/** What the page says after an action: success in a status region, a refusal in an alert. */
export interface Outcome {
  text: string;
  error: boolean;
}
