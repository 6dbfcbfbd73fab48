import { describe, expect, it } from 'vitest';
import { MAX_GAP_MS, createShiftCounter } from './shift-exit';

describe('Shift pressed 3 times', () => {
  it('counts down and says 0 on the third press', () => {
    const counter = createShiftCounter();
    expect(counter.press('Shift', 0)).toBe(2);
    expect(counter.press('Shift', 1000)).toBe(1);
    expect(counter.press('Shift', 2000)).toBe(0);
  });

  it('starts again after any other key', () => {
    const counter = createShiftCounter();
    counter.press('Shift', 0);
    counter.press('Shift', 100);
    expect(counter.press('a', 200)).toBeUndefined();
    expect(counter.press('Shift', 300)).toBe(2);
  });

  it('starts again when more than 5 seconds pass between presses', () => {
    const counter = createShiftCounter();
    counter.press('Shift', 0);
    expect(counter.press('Shift', MAX_GAP_MS)).toBe(1);
    expect(counter.press('Shift', MAX_GAP_MS * 2 + 1)).toBe(2);
  });

  it('starts from the beginning after it has fired', () => {
    const counter = createShiftCounter();
    [0, 1, 2].forEach((at) => counter.press('Shift', at));
    expect(counter.press('Shift', 3)).toBe(2);
  });
});
