/** Month arithmetic on `YYYY-MM` strings, which sort as they read. */

function toIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function fromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** How many months from `from` to `to`, both counted: 1 for the same month, 0 or less if `from` is later. */
export function monthSpan(from: string, to: string): number {
  return toIndex(to) - toIndex(from) + 1;
}

/** The month `count` months after `month` (before it, for a negative count). */
export function addMonths(month: string, count: number): string {
  return fromIndex(toIndex(month) + count);
}

/** Every month from `from` to `to`, both included, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const first = toIndex(from);
  return Array.from({ length: Math.max(0, toIndex(to) - first + 1) }, (_, i) => fromIndex(first + i));
}
