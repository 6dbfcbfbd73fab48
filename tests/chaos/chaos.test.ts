import { describe, expect, it } from 'vitest';
import { runChaos } from './chaos-run';
import { randomSeed } from './prng';
import { describeReport, shrinkFailure } from './shrink';

const dialects: [string, string | undefined][] = [['sqlite', undefined]];
if (process.env.TEST_DATABASE_URL) dialects.push(['postgres', process.env.TEST_DATABASE_URL]);

// The short version of `npm run chaos`: 1,000 items through injected faults and server crashes.
describe.each(dialects)('sync under faults [%s]', (dialect, postgresUrl) => {
  it(`[${dialect}] stores every item created on 20 devices exactly once, with its payload`, async () => {
    const seed = process.env.CHAOS_SEED ? Number(process.env.CHAOS_SEED) : randomSeed();
    const report = await runChaos({ seed, items: 1000, devices: 20, kills: 2, postgresUrl });
    console.log(describeReport(report, dialect));
    if (report.problems.length > 0) {
      const smallest = await shrinkFailure(report, (line) => console.log(line));
      console.log(`FAILED seed ${seed}: replay with CHAOS_SEED=${seed}; smallest failing case ${smallest.items} items on ${smallest.devices} devices`);
    }
    expect(report.problems, `seed ${seed}`).toEqual([]);
    expect(report.kills).toBe(2);
    expect(Object.values(report.faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
