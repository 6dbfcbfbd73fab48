import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_MONTH_PATTERN, type ExportPeriod } from '../../../shared/inbox/export-wire';

/** Months as `YYYY-MM`, both optional, the first no later than the last; anything else is explained, not sent. */
export function PeriodForm({ initial, onChoose }: { initial: ExportPeriod; onChoose: (period: ExportPeriod) => void }) {
  const { t } = useTranslation('inbox-export');
  const [from, setFrom] = useState(initial.from ?? '');
  const [to, setTo] = useState(initial.to ?? '');
  const [bad, setBad] = useState(false);
  const ids = { from: useId(), to: useId(), hint: useId(), error: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [first, last] = [from.trim(), to.trim()];
    const valid = [first, last].every((month) => month === '' || EXPORT_MONTH_PATTERN.test(month)) && (!first || !last || first <= last);
    setBad(!valid);
    if (valid) onChoose({ from: first || null, to: last || null });
  };

  const describedBy = bad ? `${ids.hint} ${ids.error}` : ids.hint;
  return (
    <form className="export-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('period.legend')}</legend>
        <p id={ids.hint} className="export-hint">
          {t('period.hint')}
        </p>
        <div className="export-months">
          <div>
            <label htmlFor={ids.from}>{t('period.from')}</label>
            <input id={ids.from} type="month" value={from} onChange={(e) => setFrom(e.target.value)} aria-describedby={describedBy} aria-invalid={bad || undefined} />
          </div>
          <div>
            <label htmlFor={ids.to}>{t('period.to')}</label>
            <input id={ids.to} type="month" value={to} onChange={(e) => setTo(e.target.value)} aria-describedby={describedBy} aria-invalid={bad || undefined} />
          </div>
        </div>
        {bad ? (
          <p id={ids.error} role="alert" className="export-error">
            {t('period.bad')}
          </p>
        ) : null}
        <button type="submit">{t('period.show')}</button>
      </fieldset>
    </form>
  );
}
