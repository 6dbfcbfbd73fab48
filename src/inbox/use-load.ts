import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** Loads a page's data once; answers a plain error message when that fails. */
export function useLoad<T>(load: () => Promise<T>): { data: T | undefined; error: string | undefined } {
  const { t } = useTranslation();
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    load().then(
      (loaded) => {
        if (current) setData(loaded);
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
  }, [load, t]);
  return { data, error };
}
