import { createHash } from 'node:crypto';
import stableStringify from 'safe-stable-stringify';
import { expect } from 'vitest';
import { checkPayload } from '../../src/shared/kinds/registry';
import { SYNC_MAX_BODY_BYTES, SYNC_MAX_ITEMS, SYNC_STATUSES, type SyncResult, syncItem } from '../../src/shared/sync/envelope';

/** The text the server decodes from the bytes sent (invalid UTF-8 and lone surrogates become U+FFFD). */
export function serverText(body: string | Buffer): string {
  const text = (Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when some object in the value has its own `__proto__` or `constructor` key (walked without recursion). */
function hasProtoKeys(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Object.hasOwn(node, '__proto__') || Object.hasOwn(node, 'constructor')) return true;
    stack.push(...Object.values(node));
  }
  return false;
}

export type Parsed = { ok: true; value: unknown } | { ok: false };

export function parseLikeServer(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function itemsOf(parsed: Parsed): unknown[] | undefined {
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') return undefined;
  const items = (parsed.value as { items?: unknown }).items;
  return Array.isArray(items) ? items : undefined;
}

/** `application/json` in any case, with or without parameters (the server reads all of them as JSON). */
export const isJsonType = (contentType: string | undefined): boolean => /^application\/json\s*(;.*)?$/i.test(contentType ?? '');

/**
 * The status a JSON request must get, or undefined where this oracle does not know (other content
 * types, which must only never be accepted; bodies the prototype-poisoning guard may refuse).
 */
export function expectedStatus(contentType: string | undefined, bytes: number, parsed: Parsed): number | undefined {
  if (!isJsonType(contentType)) return undefined;
  if (bytes > SYNC_MAX_BODY_BYTES) return 413;
  if (!parsed.ok) return 400;
  if (hasProtoKeys(parsed.value)) return undefined;
  if (Array.isArray(parsed.value)) return 400;
  const items = itemsOf(parsed);
  if (!items) return 400;
  return items.length > SYNC_MAX_ITEMS ? 413 : 200;
}

export interface StoredItem {
  kind: string;
  hash: string;
}

export function bodyHash(item: { kind: string; createdAt: string; payload: unknown }): string {
  const canonical = stableStringify({ kind: item.kind, createdAt: item.createdAt, payload: item.payload }) ?? '';
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * What the database holds, as the answers told us. Says what each item's answer must be:
 * bad → rejected; new id → stored; known id → duplicate if the same body, else rejected.
 */
export class SyncModel {
  readonly stored = new Map<string, StoredItem>();

  /** Checks one 200 answer against the items sent, then records what was stored. */
  check(items: readonly unknown[], results: unknown): void {
    expect(Array.isArray(results), 'results is an array').toBe(true);
    const list = results as SyncResult[];
    expect(list).toHaveLength(items.length);
    const expected = this.expect(items);
    list.forEach((result, i) => {
      const sent = items[i];
      expect(SYNC_STATUSES, `result ${i} status`).toContain(result.status);
      if (result.status === 'rejected') {
        expect(typeof result.reason, `result ${i} reason`).toBe('string');
        expect(result.reason?.trim().length, `result ${i} reason`).toBeGreaterThan(0);
      }
      const sentId = sent && typeof sent === 'object' && 'id' in sent && typeof sent.id === 'string' ? sent.id : null;
      // The server echoes at most 64 characters of an id it cannot accept.
      expect(result.id, `result ${i} id`).toBe(sentId === null ? null : sentId.slice(0, 64));
    });
    list.forEach((result, i) => {
      const envelope = syncItem.safeParse(items[i]);
      if (result.status === 'stored' && envelope.success) this.stored.set(envelope.data.id, { kind: envelope.data.kind, hash: bodyHash(envelope.data) });
    });
    expect(list.map((result) => result.status)).toEqual(expected);
  }

  private expect(items: readonly unknown[]): string[] {
    const added = new Map<string, StoredItem>(); // this batch's new ids, over what is stored already
    return items.map((raw) => {
      const envelope = syncItem.safeParse(raw);
      if (!envelope.success || !checkPayload(envelope.data.kind, envelope.data.payload).ok) return 'rejected';
      const hash = bodyHash(envelope.data);
      const before = this.stored.get(envelope.data.id) ?? added.get(envelope.data.id);
      if (!before) {
        added.set(envelope.data.id, { kind: envelope.data.kind, hash });
        return 'stored';
      }
      return before.hash === hash ? 'duplicate' : 'rejected';
    });
  }
}
