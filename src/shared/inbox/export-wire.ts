/**
 * The anonymised export, quotes and the staff-kept word lists as they travel between server and inbox.
 * What leaves the council (`ExportReport`) names no item, no device and no moment finer than a month.
 */
import type { PublishedTable } from '../anonymise/table';
import type { Answer, StatementId } from '../content/statements';
import { AGE_BANDS, type AgeBand, CARE_STATUSES, type CareStatus } from '../kinds/profile';
import type { ThemeId } from '../themes/codebook';

/** A group's care status or age band when the child did not give one. */
export const NOT_GIVEN = 'not-given';
export const GROUP_CARE_STATUSES = [...CARE_STATUSES, NOT_GIVEN] as const;
export const GROUP_AGE_BANDS = [...AGE_BANDS, NOT_GIVEN] as const;
export type GroupCareStatus = CareStatus | typeof NOT_GIVEN;
export type GroupAgeBand = AgeBand | typeof NOT_GIVEN;

/** The rows of every export table: care status × age band. */
export interface ExportGroup {
  readonly careStatus: GroupCareStatus;
  readonly ageBand: GroupAgeBand;
}

/** A month as `YYYY-MM`. */
export const EXPORT_MONTH_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** Whole months, both included; null for an open end (from the first answer, or to the latest). */
export interface ExportPeriod {
  readonly from: string | null;
  readonly to: string | null;
}

/** One statement's answers: rows are `ExportReport.groups` in order, columns are `answers`. */
export interface StatementExportTable {
  readonly statementId: StatementId;
  readonly table: PublishedTable;
}

/** Comments per theme: rows are `ExportReport.groups` in order, columns are `themeIds`. */
export interface ThemeExportTable {
  readonly themeIds: readonly ThemeId[];
  readonly table: PublishedTable;
}

/** An approved, redacted quote from a group of at least 10 children in the period. */
export interface ExportQuote {
  readonly text: string;
  readonly group: ExportGroup;
}

/** What GET /api/v1/inbox/export answers, and what the CSV and the printed report show. */
export interface ExportReport {
  readonly period: ExportPeriod;
  readonly groups: readonly ExportGroup[];
  readonly answers: readonly Answer[];
  readonly statements: readonly StatementExportTable[];
  readonly themes: ThemeExportTable;
  readonly quotes: readonly ExportQuote[];
}

export const QUOTE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** One row of GET /api/v1/inbox/quotes. Only ever the redacted text. */
export interface QuoteRow {
  readonly id: number;
  readonly redactedText: string;
  readonly status: QuoteStatus;
  /** The email of the staff member who asked, or null if their account is gone. */
  readonly requestedBy: string | null;
  readonly requestedAt: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  /** False for the person who asked: a second person must decide. */
  readonly mayDecide: boolean;
}

export interface QuotesResponse {
  readonly quotes: readonly QuoteRow[];
}

/** A comment that could be quoted (its group has at least 10 children), already redacted. */
export interface QuoteCandidate {
  readonly itemId: string;
  readonly redactedText: string;
  /** The statement a rating's comment was about, or null for a "Say something" message. */
  readonly statementId: StatementId | null;
  readonly group: ExportGroup;
  /** `YYYY-MM`. */
  readonly month: string;
}

export interface QuoteCandidatesResponse {
  readonly period: ExportPeriod;
  readonly candidates: readonly QuoteCandidate[];
}

export interface QuoteRequestBody {
  readonly itemId: string;
}

export const REDACTION_TERM_KINDS = ['name', 'school'] as const;
export type RedactionTermKind = (typeof REDACTION_TERM_KINDS)[number];
export const REDACTION_TERM_MAX_LENGTH = 100;

export interface RedactionTerm {
  readonly id: number;
  readonly kind: RedactionTermKind;
  readonly term: string;
}

export interface RedactionTermsResponse {
  readonly terms: readonly RedactionTerm[];
}

export interface RedactionTermBody {
  readonly kind: RedactionTermKind;
  readonly term: string;
}
