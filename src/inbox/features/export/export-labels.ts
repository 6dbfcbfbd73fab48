import { useTranslation } from 'react-i18next';
import type { ShownValue } from '../../../shared/anonymise/table';
import type { ExportGroup, ExportPeriod } from '../../../shared/inbox/export-wire';
import type { ThemeId } from '../../../shared/themes/codebook';

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2025-04" as "Apr 2025". */
export const formatMonth = (month: string): string => monthName.format(new Date(`${month}-01T00:00:00Z`));

/** Labels shared by the export and quotes pages: groups, themes, periods and shown values. */
export function useExportLabels() {
  const { t } = useTranslation('inbox-export');
  return {
    group: (group: ExportGroup) =>
      t('groups.label', { careStatus: t(`groups.careStatus.${group.careStatus}`), ageBand: t(`groups.ageBand.${group.ageBand}`) }),
    theme: (theme: ThemeId) => {
      if (theme.startsWith('priority:')) return t(`promise:priorities.${theme.slice('priority:'.length)}.title`);
      if (theme.startsWith('statement:')) return t(`statements:${theme.slice('statement:'.length)}`);
      return t('themes.other');
    },
    period: ({ from, to }: ExportPeriod) => {
      if (from && to) return t('period.range', { from: formatMonth(from), to: formatMonth(to) });
      if (from) return t('period.fromOnly', { from: formatMonth(from) });
      if (to) return t('period.toOnly', { to: formatMonth(to) });
      return t('period.all');
    },
    value: (value: ShownValue) => (typeof value === 'number' ? String(value) : t(`values.${value}`)),
  };
}
