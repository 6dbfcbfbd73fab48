/** Shift pressed 3 times, with at most 5 seconds between presses, leaves the page. Any other key resets. */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const MAX_GAP_MS = 5000;

export interface ShiftCounter {
  /** Feeds one key press; answers how many more Shift presses are needed (0 = leave now). */
  press(key: string, at: number): number | undefined;
}

export function createShiftCounter(): ShiftCounter {
  let count = 0;
  let lastAt = 0;
  return {
    press(key, at) {
      if (key !== 'Shift') {
        count = 0;
        return undefined;
      }
      count = count > 0 && at - lastAt <= MAX_GAP_MS ? count + 1 : 1;
      lastAt = at;
      const left = SHIFT_PRESSES_TO_EXIT - count;
      if (left <= 0) count = 0;
      return Math.max(0, left);
    },
  };
}
