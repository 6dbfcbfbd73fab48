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

export interface Database {
  items: ItemsTable;
  ratings: RatingsTable;
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
}
