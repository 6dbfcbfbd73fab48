import type { Generated } from 'kysely';

/** Every item a device sent, stored once per id. Holds no IP address, user agent or device id. */
export interface ItemsTable {
  id: string;
  kind: string;
  created_at: string;
  received_at: string;
  body_hash: string;
  payload: string;
}

export interface RatingsTable {
  item_id: string;
  statement_id: string;
  answer: string;
  comment: string | null;
  care_status: string | null;
  age_band: string | null;
  created_at: string;
}

/** A request for an advocate. `contact` and `topics` are JSON text; only the advocacy role reads them. */
export interface AdvocateRequestsTable {
  item_id: string;
  topics: string;
  details: string | null;
  contact: string;
  needs: string | null;
  urgency: string | null;
  care_status: string | null;
  age_band: string | null;
  created_at: string;
  status: Generated<string>;
  status_changed_at: string | null;
}

/** A `say-something` item: a good thing, a problem or an idea. */
export interface MessagesTable {
  item_id: string;
  type: string;
  text: string;
  care_status: string | null;
  age_band: string | null;
  created_at: string;
}

/** "I want to talk to someone". `contact` is JSON text. */
export interface TalkRequestsTable {
  item_id: string;
  text: string | null;
  contact: string;
  urgency: string | null;
  care_status: string | null;
  age_band: string | null;
  created_at: string;
  status: Generated<string>;
  status_changed_at: string | null;
}

/** "You said, we did" responses; shown to children once `published_at` is set. */
export interface YouSaidWeDidTable {
  id: string;
  title: string;
  body: string;
  month: string;
  published_at: string | null;
  created_at: string;
  /** JSON array of theme ids (src/shared/themes/codebook.ts). */
  themes: Generated<string>;
  created_by: number | null;
  updated_at: string | null;
}

export interface StaffTable {
  id: Generated<number>;
  email: string;
  role: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface StaffSessionsTable {
  id_hash: string;
  staff_id: number;
  created_at: string;
  last_seen_at: string;
}

/** Append-only trail of staff views and changes. Holds no text a child wrote. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  staff_id: number;
  action: string;
  item_id: string | null;
  detail: string | null;
}

/** A staff note on an advocate or talk request, written with a status change. */
export interface RequestNotesTable {
  id: Generated<number>;
  item_id: string;
  staff_id: number;
  at: string;
  note: string;
}

/** A theme of a comment; `source` is 'auto' (keyword suggestion) or 'staff' (changed by a person). */
export interface CommentThemesTable {
  item_id: string;
  theme: string;
  source: string;
  set_at: string;
}

/** A quote for export: redacted text, asked for by one staff member and decided by another. */
export interface QuoteRequestsTable {
  id: Generated<number>;
  item_id: string;
  redacted_text: string;
  /** 'pending' | 'approved' | 'rejected' */
  status: string;
  requested_by: number;
  requested_at: string;
  decided_by: number | null;
  decided_at: string | null;
}

/** Staff-kept lists for quote redaction. `kind` is 'name' or 'school'. */
export interface RedactionTermsTable {
  id: Generated<number>;
  kind: string;
  term: string;
  added_by: number;
  added_at: string;
}

/** One failed sign-in for an account (normalised email, known or not). */
export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  failed_at: string;
}

export interface Database {
  items: ItemsTable;
  ratings: RatingsTable;
  advocate_requests: AdvocateRequestsTable;
  messages: MessagesTable;
  talk_requests: TalkRequestsTable;
  you_said_we_did: YouSaidWeDidTable;
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  audit_log: AuditLogTable;
  sign_in_failures: SignInFailuresTable;
  request_notes: RequestNotesTable;
  comment_themes: CommentThemesTable;
  quote_requests: QuoteRequestsTable;
  redaction_terms: RedactionTermsTable;
}
