import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Me } from '../../api';
import { useLoad } from '../../use-load';
import { CandidatesSection, type Notice } from './candidates-section';
import { DecidedQuotes, PendingQuotes } from './pending-quotes';
import { quotesApi } from './quotes-api';
import './quotes.css';

/** Quotes for the anonymised export: one person asks, a second approves or rejects; only redacted text is shown. */
export function QuotesPage({ me }: { me: Me }) {
  const { t } = useTranslation('inbox-quotes');
  const { data, error, reload } = useLoad(quotesApi.list);
  const [notice, setNotice] = useState<Notice | undefined>();

  const decide = async (id: number, decision: 'approve' | 'reject') => {
    try {
      await quotesApi.decide(id, decision);
      setNotice({ kind: 'status', text: t(decision === 'approve' ? 'approvedNow' : 'rejectedNow') });
    } catch (caught) {
      const text =
        caught instanceof ApiError && caught.status === 409
          ? t('alreadyDecided')
          : caught instanceof ApiError && caught.status === 403
            ? t('ownQuote')
            : t('failed', { reason: caught instanceof Error ? caught.message : String(caught) });
      setNotice({ kind: 'alert', text });
    }
    reload();
  };

  const quotes = data?.quotes ?? [];
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p role="status">{notice?.kind === 'status' ? notice.text : ''}</p>
      {notice?.kind === 'alert' ? <p role="alert">{notice.text}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {data ? (
        <>
          <section aria-labelledby="quotes-pending-title">
            <h2 id="quotes-pending-title">{t('pending.title')}</h2>
            <PendingQuotes quotes={quotes.filter((q) => q.status === 'pending')} onDecide={(id, d) => void decide(id, d)} />
          </section>
          <section aria-labelledby="quotes-approved-title">
            <h2 id="quotes-approved-title">{t('approved.title')}</h2>
            <DecidedQuotes quotes={quotes.filter((q) => q.status === 'approved')} which="approved" />
          </section>
          <section aria-labelledby="quotes-rejected-title">
            <h2 id="quotes-rejected-title">{t('rejected.title')}</h2>
            <DecidedQuotes quotes={quotes.filter((q) => q.status === 'rejected')} which="rejected" />
          </section>
        </>
      ) : null}
      {me.permissions.includes('quotes:request') ? <CandidatesSection onAsked={reload} onNotice={setNotice} /> : null}
    </>
  );
}
