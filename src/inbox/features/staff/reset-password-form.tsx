import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../shared/inbox/staff-admin-wire';
import { PASSWORD_MIN_LENGTH } from '../../../shared/staff/roles';
import { type Outcome, reasonOf, staffApi } from './staff-api';

interface Props {
  account: StaffAccount;
  self: boolean;
  onOutcome: (outcome: Outcome) => void;
}

/** A "Reset password" button that opens a password field; saving signs the member out everywhere. */
export function ResetPasswordForm({ account, self, onOutcome }: Props) {
  const { t } = useTranslation('inbox-staff');
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);

  // Focus follows the form: into the field when it opens, back to the button when it closes.
  useEffect(() => {
    if (open) field.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setBusy(true);
    try {
      await staffApi.resetPassword(account.id, password);
      setOpen(false);
      onOutcome({ text: self ? t('reset.savedSelf') : t('reset.saved', { email: account.email }), error: false });
    } catch (caught) {
      onOutcome({ text: t('failed', { reason: reasonOf(caught, t('inbox:signedOut')) }), error: true });
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" ref={opener} aria-label={`${t('reset.open')}: ${account.email}`} onClick={() => setOpen(true)}>
        {t('reset.open')}
      </button>
    );
  }
  return (
    <form className="staff-reset" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${ids}-password`}>{t('reset.label', { email: account.email })}</label>
      <input
        id={`${ids}-password`}
        ref={field}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        aria-describedby={`${ids}-hint`}
      />
      <p id={`${ids}-hint`} className="staff-hint">
        {t('reset.hint', { min: PASSWORD_MIN_LENGTH })}
      </p>
      <div className="staff-buttons">
        <button type="submit" disabled={busy}>
          {t('reset.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('reset.cancel')}
        </button>
      </div>
    </form>
  );
}
