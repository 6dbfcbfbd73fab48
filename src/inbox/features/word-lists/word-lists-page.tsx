import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REDACTION_TERM_KINDS, type RedactionTerm, type RedactionTermKind } from '../../../shared/inbox/export-wire';
import { ApiError, type Me } from '../../api';
import { useLoad } from '../../use-load';
import { TermList } from './term-list';
import { wordListsApi } from './word-lists-api';
import './word-lists.css';

type Notice = { kind: 'status' | 'alert'; text: string };

/** The staff-kept names and schools that quote redaction takes out. */
export function WordListsPage({ me: _me }: { me: Me }) {
  const { t } = useTranslation('inbox-word-lists');
  const { data, error, reload } = useLoad(wordListsApi.list);
  const [notice, setNotice] = useState<Notice | undefined>();
  const failed = (caught: unknown) => t('failed', { reason: caught instanceof Error ? caught.message : String(caught) });

  const add = async (kind: RedactionTermKind, draft: string): Promise<boolean> => {
    const term = draft.trim();
    if (!term) {
      setNotice({ kind: 'alert', text: t('empty') });
      return false;
    }
    try {
      const added = await wordListsApi.add(kind, term);
      setNotice({ kind: 'status', text: t('added', { term: added.term }) });
      reload();
      return true;
    } catch (caught) {
      setNotice({ kind: 'alert', text: caught instanceof ApiError && caught.status === 409 ? t('duplicate', { term }) : failed(caught) });
      return false;
    }
  };

  const remove = async (term: RedactionTerm) => {
    try {
      await wordListsApi.remove(term.id);
      setNotice({ kind: 'status', text: t('removed', { term: term.term }) });
    } catch (caught) {
      setNotice({ kind: 'alert', text: failed(caught) });
    }
    reload();
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('privacy')}</p>
      <p role="status">{notice?.kind === 'status' ? notice.text : ''}</p>
      {notice?.kind === 'alert' ? <p role="alert">{notice.text}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {data ? (
        <div className="word-lists">
          {REDACTION_TERM_KINDS.map((kind) => (
            <TermList
              key={kind}
              kind={kind}
              terms={data.terms.filter((term) => term.kind === kind)}
              onAdd={add}
              onRemove={(term) => void remove(term)}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
