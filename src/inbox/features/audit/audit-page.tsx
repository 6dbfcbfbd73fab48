import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/inbox/audit-wire';
import { ApiError, type Me } from '../../api';
import { useLoad } from '../../use-load';
import { auditApi } from './audit-api';
import { AuditTable } from './audit-table';
import './audit.css';

interface Older {
  entries: AuditEntry[];
  nextBefore: number | null;
}

/** The audit log, for admin: read-only, newest first, a page at a time. */
export function AuditPage({ me }: { me: Me }) {
  const { t } = useTranslation('inbox-audit');
  const { data, error } = useLoad(auditApi.newest);
  const [older, setOlder] = useState<Older | undefined>();
  const [busy, setBusy] = useState(false);
  const [olderError, setOlderError] = useState<string | undefined>();
  const end = useRef<HTMLParagraphElement>(null);
  const [reachedEnd, setReachedEnd] = useState(false);

  const entries = data ? [...data.entries, ...(older?.entries ?? [])] : [];
  const nextBefore = older ? older.nextBefore : (data?.nextBefore ?? null);

  // The button goes away at the start of the log: focus moves to the words that say so.
  useEffect(() => {
    if (reachedEnd) end.current?.focus();
  }, [reachedEnd]);

  const loadOlder = async (before: number) => {
    setBusy(true);
    setOlderError(undefined);
    try {
      const page = await auditApi.olderThan(before);
      setOlder((current) => ({ entries: [...(current?.entries ?? []), ...page.entries], nextBefore: page.nextBefore }));
      if (page.nextBefore === null) setReachedEnd(true);
    } catch (caught) {
      const reason = caught instanceof ApiError && caught.status === 401 ? t('inbox:signedOut') : caught instanceof Error ? caught.message : '';
      setOlderError(t('failed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="audit-promise">{t('unchangeable')}</p>
      {error ? <p role="alert">{error}</p> : null}
      {!data && !error ? <p>{t('loading')}</p> : null}
      {data && entries.length === 0 ? <p>{t('none')}</p> : null}
      {entries.length > 0 ? <AuditTable entries={entries} myEmail={me.email} /> : null}
      <p role="status">{busy ? t('loadingOlder') : older ? t('shown', { count: entries.length }) : ''}</p>
      <p role="alert">{olderError ?? ''}</p>
      {data && nextBefore !== null ? (
        <button type="button" aria-disabled={busy || undefined} onClick={() => void (busy ? undefined : loadOlder(nextBefore))}>
          {t('older')}
        </button>
      ) : null}
      {data && entries.length > 0 && nextBefore === null ? (
        <p ref={end} tabIndex={-1}>
          {t('end')}
        </p>
      ) : null}
    </>
  );
}
