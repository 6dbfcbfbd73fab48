import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/**
 * Loads a page's data, again after each `reload()` (the last data stays shown meanwhile); answers a
 * plain error message when that fails.
 */
export function useLoad<T>(load: () => Promise<T>): { data: T | undefined; error: string | undefined; reload: () => void } {
  const { t } = useTranslation();
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let current = true;
    load().then(
      (loaded) => {
        if (!current) return;
        setData(loaded);
        setError(undefined);
      },
      (caught: unknown) => {
        if (!current) return;
        if (caught instanceof ApiError && caught.status === 403) setError(t('forbidden'));
        else if (caught instanceof ApiError && caught.status === 401) setError(t('signedOut'));
        else setError(t('error', { message: caught instanceof Error ? caught.message : String(caught) }));
      },
    );
    return () => {
      current = false;
    };
  }, [load, t, version]);
  return { data, error, reload };
}
