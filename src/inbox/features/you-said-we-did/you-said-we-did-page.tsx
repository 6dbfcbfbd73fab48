import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YouSaidWeDidAdminRow } from '../../../shared/inbox/you-said-we-did-wire';
import type { Me } from '../../api';
import { useLoad } from '../../use-load';
import { ResponseForm } from './response-form';
import { ResponsesTable } from './responses-table';
import { youSaidWeDidApi } from './you-said-we-did-api';
import './you-said-we-did.css';

/** "You said, we did": staff write short responses and publish them to the young person's app. */
export function YouSaidWeDidPage({ me }: { me: Me }) {
  const { t } = useTranslation('inbox-you-said-we-did');
  const { data, error, reload } = useLoad(youSaidWeDidApi.list);
  const [editing, setEditing] = useState<YouSaidWeDidAdminRow | undefined>();
  // A new key gives a fresh, empty form after each save; `moved` says the person asked for the change.
  const [form, setForm] = useState({ key: 0, moved: false });
  const [busyId, setBusyId] = useState<string | undefined>();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();

  if (!me.permissions.includes('you-said-we-did:manage')) {
    return (
      <>
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p role="alert">{t('inbox:forbidden')}</p>
      </>
    );
  }

  const showForm = (row: YouSaidWeDidAdminRow | undefined) => {
    setEditing(row);
    setForm((current) => ({ key: current.key + 1, moved: true }));
  };

  const saved = (row: YouSaidWeDidAdminRow, created: boolean) => {
    const key = created ? 'messages.created' : row.published ? 'messages.updatedPublished' : 'messages.updatedDraft';
    setMessage({ text: t(key, { title: row.title }), error: false });
    showForm(undefined);
    reload();
  };

  const togglePublished = async (row: YouSaidWeDidAdminRow) => {
    setBusyId(row.id);
    setMessage(undefined);
    try {
      const { response } = row.published ? await youSaidWeDidApi.unpublish(row.id) : await youSaidWeDidApi.publish(row.id);
      setMessage({ text: t(response.published ? 'messages.published' : 'messages.unpublished', { title: response.title }), error: false });
      reload();
    } catch (caught) {
      setMessage({ text: t('messages.failed', { reason: caught instanceof Error ? caught.message : String(caught) }), error: true });
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="yswd-intro">{t('intro')}</p>
      <p role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
      <ResponseForm key={form.key} editing={editing} focusOnMount={form.moved} onSaved={saved} onCancel={() => showForm(undefined)} />
      <section aria-labelledby="you-said-we-did-list">
        <h2 id="you-said-we-did-list">{t('list.heading')}</h2>
        {error ? <p role="alert">{error}</p> : null}
        {!data && !error ? <p>{t('inbox:loading')}</p> : null}
        {data && data.responses.length === 0 ? <p>{t('list.none')}</p> : null}
        {data && data.responses.length > 0 ? (
          <ResponsesTable responses={data.responses} busyId={busyId} onEdit={showForm} onTogglePublished={(row) => void togglePublished(row)} />
        ) : null}
      </section>
    </>
  );
}
