import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { TrendChart, niceTicks } from './trend-chart';

beforeAll(async () => {
  await initI18n();
});

describe('niceTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [10, [0, 5, 10]],
    [37, [0, 10, 20, 30, 40]],
    [1234, [0, 500, 1000, 1500]],
  ])('steps whole numbers past %i', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});

describe('TrendChart', () => {
  it('draws one labelled column per month with answers, stacked in answer order, heights in proportion', () => {
    const months = [
      { month: '2025-01', yes: 2, sometimes: 0, notReally: 2, skip: 0, total: 4 },
      { month: '2025-02', yes: 0, sometimes: 0, notReally: 0, skip: 0, total: 0 },
      { month: '2025-03', yes: 1, sometimes: 0, notReally: 0, skip: 0, total: 1 },
    ];
    const { container } = render(<TrendChart months={months} statementName="all statements together" />);
    const bars = [...container.querySelectorAll('svg.trend-chart rect')];
    expect(bars.map((bar) => bar.getAttribute('fill'))).toEqual([
      'url(#ratings-pattern-yes)',
      'url(#ratings-pattern-not-really)',
      'url(#ratings-pattern-yes)',
    ]);
    const heights = bars.map((bar) => Number(bar.getAttribute('height')));
    expect(heights[0]).toBeCloseTo(heights[1] as number);
    expect(heights[0]).toBeCloseTo((heights[2] as number) * 2);
    const labels = [...container.querySelectorAll('svg.trend-chart text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Jan 2025', 'Feb 2025', 'Mar 2025']));
  });
});
