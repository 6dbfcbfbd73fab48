import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Outbox } from '../../src/app/features/outbox/outbox';
import { YourSayDb } from '../../src/app/features/outbox/outbox-db';
import { createFetchTransport } from '../../src/app/features/outbox/fetch-transport';
import { type SyncClient, createSyncClient } from '../../src/app/features/outbox/sync-client';
import { ANSWERS, STATEMENT_IDS } from '../../src/shared/content/statements';
import { SAY_TYPES } from '../../src/shared/kinds/say-something';
import { pick } from './prng';

export interface CreatedItem {
  kind: string;
  payload: unknown;
}

const COMMENTS = ['', 'ok', 'My carer is kind 😊', 'نعم أحيانا', 'I want to see my brother more.', 'ä'.repeat(300)];

/** One simulated phone: the real outbox and sync client, over its own fake IndexedDB. */
export class Device {
  online = true;
  readonly created = new Map<string, CreatedItem>();
  readonly outbox: Outbox;
  readonly client: SyncClient;

  constructor(
    index: number,
    proxyUrl: string,
    private readonly random: () => number,
  ) {
    this.outbox = new Outbox(new YourSayDb(`chaos-device-${index}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
    const send = createFetchTransport(`${proxyUrl}/api/v1/sync`);
    this.client = createSyncClient({
      outbox: this.outbox,
      transport: (items) => (this.online ? send(items) : Promise.reject(new TypeError('offline'))),
      random,
      batchSize: 50,
      baseDelayMs: 10,
      maxDelayMs: 400,
    });
  }

  private makeItem(): CreatedItem {
    if (this.random() < 0.8) {
      const comment = pick(this.random, COMMENTS);
      const payload = { statementId: pick(this.random, STATEMENT_IDS), answer: pick(this.random, ANSWERS), ...(comment ? { comment } : {}) };
      return { kind: 'rating', payload };
    }
    return { kind: 'say-something', payload: { type: pick(this.random, SAY_TYPES), text: `Idea ${Math.floor(this.random() * 1e6)}` } };
  }

  /** Saves items as the app does (to the phone first), then triggers a drain. */
  async create(count: number): Promise<void> {
    const entries = Array.from({ length: count }, () => this.makeItem());
    const saved = await this.outbox.enqueueAll(entries);
    saved.forEach((item, i) => this.created.set(item.id, entries[i] as CreatedItem));
    void this.client.drain();
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (online) void this.client.drain({ skipBackoff: true });
  }

  close(): void {
    this.client.dispose();
    this.outbox.db.close();
  }
}
