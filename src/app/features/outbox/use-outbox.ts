import { useEffect, useState } from 'react';
import type { OutboxItem, SentReceipt } from './outbox-db';
import { loadOutboxService } from './outbox-loader';

export interface OutboxView {
  waiting: OutboxItem[];
  sent: SentReceipt[];
  /** False until the outbox has been read once. */
  loaded: boolean;
  error: unknown;
}

export function useOutbox(): OutboxView {
  const [view, setView] = useState<OutboxView>({ waiting: [], sent: [], loaded: false, error: undefined });
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    loadOutboxService().then(
      (service) => {
        if (cancelled) return;
        unsubscribe = service.subscribeOutbox(
          (snapshot) => setView({ ...snapshot, loaded: true, error: undefined }),
          (error) => setView((previous) => ({ ...previous, error })),
        );
      },
      (error: unknown) => setView((previous) => ({ ...previous, error })),
    );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
  return view;
}
