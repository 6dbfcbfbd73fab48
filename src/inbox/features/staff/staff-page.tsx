import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api';
import { useLoad } from '../../use-load';
import { AddStaffForm } from './add-staff-form';
import { OutcomeMessage } from './outcome-message';
import { type Outcome, staffApi } from './staff-api';
import { StaffTable } from './staff-table';
import './staff.css';

/** Admin runs the accounts here (as `npm run staff` does on the server): add, reset a password, disable, enable. */
export function StaffPage({ me }: { me: Me }) {
  const { t } = useTranslation('inbox-staff');
  const { data, error, reload } = useLoad(staffApi.list);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      {error ? <p role="alert">{error}</p> : null}
      {!data && !error ? <p>{t('loading')}</p> : null}
      <OutcomeMessage outcome={outcome} />
      {data ? <StaffTable staff={data.staff} myEmail={me.email} onOutcome={setOutcome} onChanged={reload} /> : null}
      <AddStaffForm onAdded={reload} />
    </>
  );
}
