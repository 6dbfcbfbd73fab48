/**
 * Runs every labelled comment through redactQuote, fails on any mismatch, and logs precision and recall
 * per kind (counting placeholders in the expected and actual text).
 */
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind, redactQuote } from '../../src/shared/redact/redact';
import { LABELLED, LISTS, countPlaceholders } from './labelled-comments';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function score(): Record<Kind, Tally> {
  const tally = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Kind, Tally>;
  for (const example of LABELLED) {
    const actual = redactQuote(example.input, LISTS).text;
    for (const kind of KINDS) {
      const want = countPlaceholders(example.expected, kind);
      const got = countPlaceholders(actual, kind);
      const tp = Math.min(want, got);
      tally[kind].tp += tp;
      tally[kind].fp += got - tp;
      tally[kind].fn += want - tp;
    }
  }
  return tally;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

describe('redactQuote on the labelled comments', () => {
  it('has at least 50 examples, every kind covered, and some with nothing to redact', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(50);
    for (const kind of KINDS) {
      expect(LABELLED.some((e) => countPlaceholders(e.expected, kind) > 0), kind).toBe(true);
    }
    expect(LABELLED.filter((e) => e.input === e.expected).length).toBeGreaterThanOrEqual(10);
  });

  it.each(LABELLED.map((e) => [e.note, e] as const))('%s', (_note, example) => {
    const result = redactQuote(example.input, LISTS);
    expect(result.text).toBe(example.expected);
    const expectedKinds = KINDS.filter((k) => countPlaceholders(example.expected, k) > 0);
    expect([...result.found].sort()).toEqual([...expectedKinds].sort());
  });

  it('reports precision and recall per kind', () => {
    const tally = score();
    const rows = KINDS.map((kind) => {
      const { tp, fp, fn } = tally[kind];
      return { kind, expected: tp + fn, tp, fp, fn, precision: pct(tp, tp + fp), recall: pct(tp, tp + fn) };
    });
    console.log(`Redaction on ${LABELLED.length} labelled comments`);
    console.table(rows);
    for (const row of rows) {
      expect(row.fp, `${row.kind} false positives`).toBe(0);
      expect(row.fn, `${row.kind} misses`).toBe(0);
    }
  });
});
