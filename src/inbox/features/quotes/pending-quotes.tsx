import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteRow } from '../../../shared/inbox/export-wire';
import { formatWhen } from '../../format';

function DecideCell({ quote, quoteId, onDecide }: { quote: QuoteRow; quoteId: string; onDecide: (id: number, decision: 'approve' | 'reject') => void }) {
  const { t } = useTranslation('inbox-quotes');
  const whyId = useId();
  const describedBy = quote.mayDecide ? quoteId : `${quoteId} ${whyId}`;
  return (
    <td>
      <div className="quotes-decide">
        <button type="button" disabled={!quote.mayDecide} aria-describedby={describedBy} onClick={() => onDecide(quote.id, 'approve')}>
          {t('approve')}
        </button>
        <button type="button" disabled={!quote.mayDecide} aria-describedby={describedBy} onClick={() => onDecide(quote.id, 'reject')}>
          {t('reject')}
        </button>
      </div>
      {quote.mayDecide ? null : (
        <p id={whyId} className="quotes-why">
          {t('pending.ownRequest')}
        </p>
      )}
    </td>
  );
}

function PendingRow({ quote, onDecide }: { quote: QuoteRow; onDecide: (id: number, decision: 'approve' | 'reject') => void }) {
  const { t } = useTranslation('inbox-quotes');
  const quoteId = useId();
  return (
    <tr>
      <td id={quoteId} className="free-text">
        {quote.redactedText}
      </td>
      <td>{quote.requestedBy ?? t('unknownStaff')}</td>
      <td>
        <time dateTime={quote.requestedAt}>{formatWhen(quote.requestedAt)}</time>
      </td>
      <DecideCell quote={quote} quoteId={quoteId} onDecide={onDecide} />
    </tr>
  );
}

/** Quotes waiting for a decision; the person who asked sees why they cannot decide. */
export function PendingQuotes({ quotes, onDecide }: { quotes: readonly QuoteRow[]; onDecide: (id: number, decision: 'approve' | 'reject') => void }) {
  const { t } = useTranslation('inbox-quotes');
  const captionId = useId();
  if (quotes.length === 0) return <p>{t('pending.none')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{t('pending.caption', { count: quotes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.quote')}</th>
            <th scope="col">{t('columns.askedBy')}</th>
            <th scope="col">{t('columns.askedOn')}</th>
            <th scope="col">{t('columns.decide')}</th>
          </tr>
        </thead>
        <tbody>
          {quotes.map((quote) => (
            <PendingRow key={quote.id} quote={quote} onDecide={onDecide} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Approved or rejected quotes, with who asked and who decided. */
export function DecidedQuotes({ quotes, which }: { quotes: readonly QuoteRow[]; which: 'approved' | 'rejected' }) {
  const { t } = useTranslation('inbox-quotes');
  const captionId = useId();
  if (quotes.length === 0) return <p>{t(`${which}.none`)}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{t(`${which}.caption`, { count: quotes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.quote')}</th>
            <th scope="col">{t('columns.askedBy')}</th>
            <th scope="col">{t('columns.decidedBy')}</th>
            <th scope="col">{t('columns.decidedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {quotes.map((quote) => (
            <tr key={quote.id}>
              <td className="free-text">{quote.redactedText}</td>
              <td>{quote.requestedBy ?? t('unknownStaff')}</td>
              <td>{quote.decidedBy ?? t('unknownStaff')}</td>
              <td>{quote.decidedAt ? <time dateTime={quote.decidedAt}>{formatWhen(quote.decidedAt)}</time> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
