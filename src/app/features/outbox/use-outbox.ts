import { useCallback, useEffect, useState } from 'react';
import type { OutboxItem, SentReceipt } from './outbox-db';
import { loadOutboxService } from './outbox-loader';

export interface OutboxView {
  waiting: OutboxItem[];
  sent: SentReceipt[];
  /** False until the outbox has been read once. */
  loaded: boolean;
  /** Why the outbox could not be read (or opened); cleared when it is read again. */
  error: unknown;
  /** True while "Try again" is re-opening the database. */
  retrying: boolean;
  /** "Try again": closes and opens the database, then reads the outbox again. True if it opened. */
  retry(): Promise<boolean>;
}

type Data = Pick<OutboxView, 'waiting' | 'sent' | 'loaded' | 'error'>;

export function useOutbox(): OutboxView {
  const [data, setData] = useState<Data>({ waiting: [], sent: [], loaded: false, error: undefined });
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    let stopListening: (() => void) | undefined;
    const fail = (error: unknown) => {
      if (!cancelled) setData((previous) => ({ ...previous, error: error ?? new Error('The outbox could not be read.') }));
    };
    loadOutboxService().then((service) => {
      if (cancelled) return;
      const subscribe = () => {
        unsubscribe?.();
        unsubscribe = service.subscribeOutbox((snapshot) => {
          if (!cancelled) setData({ ...snapshot, loaded: true, error: undefined });
        }, fail);
      };
      subscribe();
      // After any "Try again" (on this screen or another) the database is a new one: read it again.
      stopListening = service.onReopen(subscribe);
    }, fail);
    return () => {
      cancelled = true;
      stopListening?.();
      unsubscribe?.();
    };
  }, []);
  const retry = useCallback(async () => {
    setRetrying(true);
    try {
      await (await loadOutboxService()).reopen();
      return true;
    } catch (error) {
      setData((previous) => ({ ...previous, error }));
      return false;
    } finally {
      setRetrying(false);
    }
  }, []);
  return { ...data, retrying, retry };
}
