import { useEffect, useState } from 'react';
import { outboxIfWaiting } from './outbox-loader';

/**
 * How many things wait to be sent, kept up to date, for the home screen. Unlike useOutbox it does not
 * load the outbox when nothing waits (a first visit), so the first screen stays light.
 */
export function useWaitingCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    outboxIfWaiting().then(
      (service) => {
        if (!service || cancelled) return;
        // A storage problem is shown where the child can act on it (/sent), not on the home screen.
        unsubscribe = service.subscribeOutbox(
          (snapshot) => {
            if (!cancelled) setCount(snapshot.waiting.length);
          },
          () => undefined,
        );
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
  return count;
}
