/** What every row the inbox shows has in common: which item, who in broad terms, and when. */
export interface ReceivedItem {
  id: string;
  careStatus: string | null;
  ageBand: string | null;
  /** When the phone saved it. */
  createdAt: string;
  /** When the server stored it. */
  receivedAt: string;
}
