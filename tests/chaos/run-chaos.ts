import { parseArgs } from 'node:util';
import { runChaos } from './chaos-run';
import { randomSeed } from './prng';
import { describeReport, shrinkFailure } from './shrink';

/** npm run chaos [-- --seed N --items 10000 --devices 20 --kills 3 --postgres URL] */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      items: { type: 'string', default: '10000' },
      devices: { type: 'string', default: '20' },
      kills: { type: 'string', default: '3' },
      postgres: { type: 'string' },
    },
  });
  const seed = values.seed ? Number(values.seed) : randomSeed();
  const postgresUrl = values.postgres ?? process.env.TEST_DATABASE_URL;
  const dialects = postgresUrl ? [undefined, postgresUrl] : [undefined];
  let failed = false;
  for (const url of dialects) {
    const dialect = url ? 'postgres' : 'sqlite';
    console.log(`chaos [${dialect}] seed ${seed}: starting (replay with: npm run chaos -- --seed ${seed})`);
    const options = { seed, items: Number(values.items), devices: Number(values.devices), kills: Number(values.kills), postgresUrl: url };
    const report = await runChaos({ ...options, log: (line) => console.log(`  ${line}`) });
    console.log(describeReport(report, dialect));
    if (report.problems.length > 0) {
      failed = true;
      console.log(report.problems.slice(0, 20).join('\n'));
      const smallest = await shrinkFailure(report, (line) => console.log(`  ${line}`));
      console.log(`FAILED seed ${seed} [${dialect}]; smallest failing case: ${smallest.items} items on ${smallest.devices} devices`);
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
