import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, STAFF_ROLES } from '../../../shared/staff/roles';
import { OutcomeMessage } from './outcome-message';
import { type Outcome, reasonOf, staffApi } from './staff-api';

/** Adds an account; the server checks the email, role and password and says what is wrong. */
export function AddStaffForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('inbox-staff');
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = { email: String(data.get('email') ?? ''), role: String(data.get('role') ?? ''), password: String(data.get('password') ?? '') };
    setBusy(true);
    setOutcome(undefined);
    try {
      const added = await staffApi.add(body);
      form.reset();
      setOutcome({ text: t('add.added', { email: added.email, role: t(`inbox:roles.${added.role}`) }), error: false });
      onAdded();
    } catch (caught) {
      setOutcome({ text: t('failed', { reason: reasonOf(caught, t('inbox:signedOut')) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="staff-add" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('add.legend')}</legend>
        <label htmlFor={`${ids}-email`}>{t('add.email')}</label>
        <input id={`${ids}-email`} name="email" type="email" autoComplete="off" required />
        <label htmlFor={`${ids}-role`}>{t('add.role')}</label>
        <select id={`${ids}-role`} name="role" required defaultValue="">
          <option value="" disabled>
            {t('add.chooseRole')}
          </option>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`inbox:roles.${role}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-password`}>{t('add.password')}</label>
        <input id={`${ids}-password`} name="password" type="password" autoComplete="new-password" required aria-describedby={`${ids}-hint`} />
        <p id={`${ids}-hint`} className="staff-hint">
          {t('add.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        </p>
        <button type="submit" disabled={busy}>
          {t('add.submit')}
        </button>
      </fieldset>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
