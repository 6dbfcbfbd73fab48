import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteCandidate } from '../../../shared/inbox/export-wire';
import { ApiError } from '../../api';
import { formatMonth, useExportLabels } from '../export/export-labels';
import { quotesApi } from './quotes-api';

export type Notice = { kind: 'status' | 'alert'; text: string };

const reason = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

/**
 * Comments that could be quoted, loaded only when asked for (each one shown is audited), already redacted by the
 * server. Asking for one stores it, redacted, for a second person to decide.
 */
export function CandidatesSection({ onAsked, onNotice }: { onAsked: () => void; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation('inbox-quotes');
  const labels = useExportLabels();
  const captionId = useId();
  const [candidates, setCandidates] = useState<readonly QuoteCandidate[] | undefined>();
  const [busy, setBusy] = useState(false);

  const show = async () => {
    setBusy(true);
    try {
      setCandidates((await quotesApi.candidates()).candidates);
    } catch (caught) {
      onNotice({ kind: 'alert', text: t('failed', { reason: reason(caught) }) });
    } finally {
      setBusy(false);
    }
  };

  const ask = async (itemId: string) => {
    try {
      await quotesApi.ask(itemId);
      onNotice({ kind: 'status', text: t('candidates.asked') });
    } catch (caught) {
      const taken = caught instanceof ApiError && caught.status === 409;
      onNotice({ kind: 'alert', text: taken ? t('candidates.alreadyAsked') : t('failed', { reason: reason(caught) }) });
      if (!taken) return;
    }
    setCandidates((list) => list?.filter((candidate) => candidate.itemId !== itemId));
    onAsked();
  };

  return (
    <section aria-labelledby="quotes-candidates-title">
      <h2 id="quotes-candidates-title">{t('candidates.title')}</h2>
      <p>{t('candidates.intro')}</p>
      <button type="button" onClick={() => void show()} disabled={busy}>
        {candidates ? t('candidates.refresh') : t('candidates.show')}
      </button>
      {candidates && candidates.length === 0 ? <p>{t('candidates.none')}</p> : null}
      {candidates && candidates.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table>
            <caption id={captionId}>{t('candidates.caption', { count: candidates.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.quote')}</th>
                <th scope="col">{t('columns.about')}</th>
                <th scope="col">{t('columns.group')}</th>
                <th scope="col">{t('columns.month')}</th>
                <th scope="col">{t('columns.ask')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate) => (
                <tr key={candidate.itemId}>
                  <td id={`candidate-${candidate.itemId}`} className="free-text">
                    {candidate.redactedText}
                  </td>
                  <td>{candidate.statementId ? t(`statements:${candidate.statementId}`) : t('candidates.message')}</td>
                  <td>{labels.group(candidate.group)}</td>
                  <td>{formatMonth(candidate.month)}</td>
                  <td>
                    <button type="button" aria-describedby={`candidate-${candidate.itemId}`} onClick={() => void ask(candidate.itemId)}>
                      {t('candidates.ask')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
