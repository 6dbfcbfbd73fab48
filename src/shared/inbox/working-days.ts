/**
 * Working-day deadlines, as pure functions (no clock, no I/O).
 *
 * "Within 1 working day" is measured on a clock that runs only on working days (Monday to Friday
 * in the council's time zone, minus any listed holidays):
 * - received on a working day → the same time on the next working day (Friday 15:00 → Monday 15:00);
 * - received on a Saturday, Sunday or holiday → the clock starts when the next working day starts, so
 *   the deadline is the end of that working day (Saturday 10:00 → end of Monday, i.e. Tuesday 00:00).
 * Bank holidays are passed as `holidays` (YYYY-MM-DD); the server uses the BANK_HOLIDAYS setting.
 */
export const COUNCIL_TIME_ZONE = 'Europe/London';

export interface WorkingDayOptions {
  timeZone?: string;
  /** Dates that are not working days even though they fall Monday to Friday, as 'YYYY-MM-DD'. */
  holidays?: ReadonlySet<string>;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

interface LocalTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const MIDNIGHT: LocalTime = { hour: 0, minute: 0, second: 0, millisecond: 0 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of an instant in a time zone. */
function localParts(instant: number, timeZone: string): LocalDate & LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(date: LocalDate, time: LocalTime): number {
  return Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, time.second, time.millisecond);
}

/** The instant at which the wall clock in `timeZone` shows `date` `time`. */
function zonedToInstant(date: LocalDate, time: LocalTime, timeZone: string): number {
  const wall = wallAsUtc(date, time);
  const offsetAt = (instant: number) => {
    const parts = localParts(instant, timeZone);
    return wallAsUtc(parts, parts) - instant;
  };
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}

function addCalendarDay(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function isoDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

function isWorkingDate(date: LocalDate, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDate(date));
}

function nextWorkingDate(date: LocalDate, holidays: ReadonlySet<string>): LocalDate {
  let next = addCalendarDay(date);
  while (!isWorkingDate(next, holidays)) next = addCalendarDay(next);
  return next;
}

/** The deadline `days` working days after `from` (see the rules at the top of this file). */
export function addWorkingDays(from: Date, days: number, options: WorkingDayOptions = {}): Date {
  const instant = from.getTime();
  if (Number.isNaN(instant)) throw new RangeError('addWorkingDays needs a valid date.');
  if (!Number.isInteger(days) || days < 0) throw new RangeError('addWorkingDays needs a whole number of days, 0 or more.');
  const timeZone = options.timeZone ?? COUNCIL_TIME_ZONE;
  const holidays = options.holidays ?? new Set<string>();

  const local = localParts(instant, timeZone);
  let date: LocalDate = local;
  let time: LocalTime = local;
  if (!isWorkingDate(date, holidays)) {
    date = nextWorkingDate(date, holidays);
    time = MIDNIGHT;
  }
  for (let i = 0; i < days; i += 1) date = nextWorkingDate(date, holidays);
  return new Date(zonedToInstant(date, time, timeZone));
}

/** The promise to a child who asks for an advocate: someone gets back within 1 working day. */
export function advocateRequestDueBy(receivedAt: string, options: WorkingDayOptions = {}): string {
  return addWorkingDays(new Date(receivedAt), 1, options).toISOString();
}

/** A request still 'new' after its deadline is overdue; 'contacted' or 'closed' ones never are. */
export function isOverdue(request: { dueBy: string; status: string }, now: Date): boolean {
  return request.status === 'new' && now.getTime() > Date.parse(request.dueBy);
}
