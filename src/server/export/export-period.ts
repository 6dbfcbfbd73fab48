import { z } from 'zod';
import { EXPORT_MONTH_PATTERN, type ExportPeriod } from '../../shared/inbox/export-wire';

/** An empty field (a plain form sends `from=`) means no limit. */
const month = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.string().regex(EXPORT_MONTH_PATTERN).optional(),
);

const periodQuery = z
  .object({ from: month, to: month })
  .refine(({ from, to }) => !from || !to || from <= to);

export const BAD_PERIOD = 'Give months as YYYY-MM, with "from" no later than "to".';

/** The period a query asks for, or undefined when its months are not valid. */
export function parsePeriod(query: unknown): ExportPeriod | undefined {
  const parsed = periodQuery.safeParse(query ?? {});
  if (!parsed.success) return undefined;
  return { from: parsed.data.from ?? null, to: parsed.data.to ?? null };
}

/**
 * The exclusive upper bound for `created_at` of a period ending in `month`: the month after it. Dates are ISO
 * strings, which sort as they read; past 9999-12 there is nothing later, so no bound (null).
 */
export function endBound(month: string): string | null {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  if (index < 12) return `${month.slice(0, 4)}-${String(index + 1).padStart(2, '0')}`;
  return year >= 9999 ? null : `${String(year + 1).padStart(4, '0')}-01`;
}

/** For the audit log and the file name: only the months, never anything finer. */
export function periodDetail(period: ExportPeriod): string {
  return `from=${period.from ?? 'start'};to=${period.to ?? 'latest'}`;
}
