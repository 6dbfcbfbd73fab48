import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../shared/inbox/staff-admin-wire';
import { AccountSwitch } from './account-switch';
import { ResetPasswordForm } from './reset-password-form';
import type { Outcome } from './staff-api';

interface Props {
  staff: StaffAccount[];
  /** The signed-in admin's email: their own row cannot be disabled. */
  myEmail: string;
  onOutcome: (outcome: Outcome) => void;
  onChanged: () => void;
}

export function StaffTable({ staff, myEmail, onOutcome, onChanged }: Props) {
  const { t } = useTranslation('inbox-staff');
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="staff-table">
        <caption id={captionId}>{t('table.caption', { count: staff.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.email')}</th>
            <th scope="col">{t('table.role')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((account) => {
            const self = account.email === myEmail;
            return (
              <tr key={account.id} className={account.disabled ? 'is-disabled' : undefined}>
                <th scope="row">
                  {account.email} {self ? t('you') : null}
                </th>
                <td>{t(`inbox:roles.${account.role}`)}</td>
                <td>{account.disabled ? <strong>{t('status.disabled')}</strong> : t('status.active')}</td>
                <td>
                  <div className="staff-actions">
                    <ResetPasswordForm account={account} self={self} onOutcome={onOutcome} />
                    <AccountSwitch account={account} self={self} onOutcome={onOutcome} onChanged={onChanged} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
