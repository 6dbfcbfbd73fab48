import { COUNCIL_TIME_ZONE } from '../shared/inbox/working-days';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNCIL_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNCIL_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: COUNCIL_TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** A moment as staff read it, in the council's time zone: "Mon 23 Nov 2026, 10:00". */
export function formatWhen(iso: string): string {
  return dateTime.format(new Date(iso));
}

/**
 * A deadline. One that falls exactly at midnight is the end of the day before, and says so
 * (the caller wraps the date in its "end of …" text).
 */
export function formatDeadline(iso: string): { endOfDay: boolean; text: string } {
  const at = new Date(iso);
  if (clock.format(at) === '00:00:00') return { endOfDay: true, text: dateOnly.format(new Date(at.getTime() - 1)) };
  return { endOfDay: false, text: dateTime.format(at) };
}
