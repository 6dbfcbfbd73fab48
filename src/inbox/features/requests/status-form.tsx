import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../shared/inbox/requests-wire';
import { NOTE_MAX_LENGTH, forwardStatuses } from '../../../shared/inbox/status-change';
import { ApiError, api } from '../../api';

interface StatusFormProps {
  which: 'advocate' | 'talk';
  id: string;
  status: RequestStatus;
  /** Called after the server accepted the move, to load the list again. */
  onChanged: () => void;
}

/** Moves one request forward (new → contacted → closed) with an optional note. Closed is final. */
export function StatusForm({ which, id, status, onChanged }: StatusFormProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const next = forwardStatuses(status);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const to = String(data.get('status') ?? '') as RequestStatus;
    const note = String(data.get('note') ?? '').trim();
    setBusy(true);
    setMessage(undefined);
    try {
      await api.changeStatus(which, id, { status: to, ...(note ? { note } : {}) });
      form.reset();
      setMessage({ text: t('statusForm.saved', { status: t(`status.${to}`) }), error: false });
      onChanged();
    } catch (caught) {
      const reason = caught instanceof ApiError && caught.status === 409 ? t('statusForm.conflict') : caught instanceof Error ? caught.message : '';
      setMessage({ text: t('statusForm.failed', { reason }), error: true });
      // Someone else moved it on: show the status it has now.
      if (caught instanceof ApiError && caught.status === 409) onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {next.length > 0 ? (
        <form className="status-form" onSubmit={(event) => void submit(event)}>
          <fieldset>
            <legend>{t('statusForm.legend')}</legend>
            <label htmlFor={`${ids}-status`}>{t('statusForm.next')}</label>
            <select id={`${ids}-status`} name="status" key={status} defaultValue={next[0]}>
              {next.map((option) => (
                <option key={option} value={option}>
                  {t(`status.${option}`)}
                </option>
              ))}
            </select>
            <label htmlFor={`${ids}-note`}>{t('statusForm.note')}</label>
            <textarea id={`${ids}-note`} name="note" rows={2} maxLength={NOTE_MAX_LENGTH} aria-describedby={`${ids}-hint`} />
            <p id={`${ids}-hint`} className="hint">
              {t('statusForm.noteHint', { max: NOTE_MAX_LENGTH })}
            </p>
            <button type="submit" disabled={busy}>
              {t('statusForm.submit')}
            </button>
          </fieldset>
        </form>
      ) : (
        <p>{t('statusForm.final')}</p>
      )}
      <p role={message?.error ? 'alert' : 'status'}>{message?.text ?? ''}</p>
    </>
  );
}
