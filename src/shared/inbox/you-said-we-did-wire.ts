import type { ThemeId } from '../themes/codebook';
import { COUNCIL_TIME_ZONE } from './working-days';

/** One published "You said, we did" response, as the young person's app shows it. */
export interface YouSaidWeDid {
  id: string;
  title: string;
  body: string;
  /** 'YYYY-MM' */
  month: string;
  /** Codebook themes the response answers (the app may ignore them). */
  themes: ThemeId[];
}

/** What the public GET /api/v1/you-said-we-did answers: published responses, newest first. */
export interface YouSaidWeDidResponse {
  responses: YouSaidWeDid[];
}

/** Short enough to read on a phone in one go. */
export const TITLE_MAX_LENGTH = 80;
export const BODY_MAX_LENGTH = 600;
export const THEMES_MAX = 5;

/** Body of POST /api/v1/inbox/you-said-we-did and PUT /api/v1/inbox/you-said-we-did/:id. */
export interface YouSaidWeDidDraft {
  title: string;
  body: string;
  /** 'YYYY-MM', not after the current month. */
  month: string;
  themes: ThemeId[];
}

/** One response as staff see it in the inbox: drafts too. */
export interface YouSaidWeDidAdminRow extends YouSaidWeDid {
  published: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string | null;
}

/** What GET /api/v1/inbox/you-said-we-did answers, newest first; also each change's answer (`response`). */
export interface YouSaidWeDidAdminList {
  responses: YouSaidWeDidAdminRow[];
}

/** What each change (create, edit, publish, unpublish) answers. */
export interface YouSaidWeDidChanged {
  response: YouSaidWeDidAdminRow;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' of an instant on the council's wall clock. */
export function monthOf(instant: Date, timeZone = COUNCIL_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** 'YYYY-MM' with a month from 01 to 12 ('2026-13' is not), in the year 2000 or later. */
export function isRealMonth(month: string): boolean {
  const match = MONTH.exec(month);
  return match !== null && Number(match[1]) >= 2000;
}

/** A real month that is not after `now`'s month: responses tell what was done, not what will be. */
export function isPublishableMonth(month: string, now: Date = new Date()): boolean {
  // Same-length 'YYYY-MM' strings compare in calendar order.
  return isRealMonth(month) && month <= monthOf(now);
}
