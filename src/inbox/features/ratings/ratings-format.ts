const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function monthDate(month: string): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

/** `2025-03` as "Mar 2025", short enough for a chart's axis. */
export function formatMonthShort(month: string): string {
  return monthFormat.format(monthDate(month));
}

/** `2025-03` as "March 2025". */
export function formatMonth(month: string): string {
  return longMonthFormat.format(monthDate(month));
}
