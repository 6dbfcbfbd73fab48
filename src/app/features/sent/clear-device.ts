import { loadOutboxService } from '../outbox/outbox-loader';
import { clearAboutYou } from '../profile/profile';
import { clearAllDrafts } from '../drafts/session-draft';

/** What "Clear my answers" took off the phone, so the screen can say so. */
export interface ClearedSummary {
  waiting: number;
  sent: number;
  drafts: number;
  aboutYou: boolean;
}

/**
 * Everything a child's answers left on this phone: the queue, the receipts, rating answers not yet
 * sent (this visit's drafts) and, when the child asks, "About you". Language and text size stay.
 */
export async function clearDevice(options: { aboutYou: boolean }): Promise<ClearedSummary> {
  const { waiting, sent } = await (await loadOutboxService()).clearAll();
  const drafts = clearAllDrafts();
  const aboutYou = options.aboutYou ? clearAboutYou() : false;
  return { waiting, sent, drafts, aboutYou };
}
