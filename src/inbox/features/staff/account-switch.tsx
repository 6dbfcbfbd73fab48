import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../shared/inbox/staff-admin-wire';
import { type Outcome, reasonOf, staffApi } from './staff-api';

interface Props {
  account: StaffAccount;
  self: boolean;
  onOutcome: (outcome: Outcome) => void;
  /** Called after the server changed the account, to load the list again. */
  onChanged: () => void;
}

/**
 * Disable (after a confirmation in the page, saying it signs them out at once) or enable an
 * account. Nobody can disable themselves, so there is always an admin left.
 */
export function AccountSwitch({ account, self, onOutcome, onChanged }: Props) {
  const { t } = useTranslation('inbox-staff');
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: onto "Yes" when it opens, back to the button when it closes.
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (wasConfirming.current) toggle.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const change = async (disable: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      await (disable ? staffApi.disable(account.id) : staffApi.enable(account.id));
      onOutcome({ text: t(disable ? 'disable.done' : 'enable.done', { email: account.email }), error: false });
      onChanged();
    } catch (caught) {
      onOutcome({ text: t('failed', { reason: reasonOf(caught, t('inbox:signedOut')) }), error: true });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  if (self && !account.disabled) return <p className="staff-note">{t('disable.self')}</p>;
  const label = account.disabled ? t('enable.button') : t('disable.button');
  return (
    <>
      <button
        type="button"
        ref={toggle}
        aria-label={`${label}: ${account.email}`}
        aria-expanded={account.disabled ? undefined : confirming}
        aria-disabled={busy || undefined}
        onClick={() => (account.disabled ? void change(false) : setConfirming(true))}
      >
        {label}
      </button>
      {confirming ? (
        <div className="staff-confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t('disable.question', { email: account.email })}</p>
          <div className="staff-buttons">
            <button type="button" ref={confirm} disabled={busy} onClick={() => void change(true)}>
              {t('disable.confirm', { email: account.email })}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('disable.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
