import { type ChaosOptions, type ChaosReport, runChaos } from './chaos-run';

/**
 * After a failure, tries the same seed with fewer items and devices while it still fails, so the
 * report names the smallest failing case it could find.
 */
export async function shrinkFailure(failed: ChaosReport, log: (line: string) => void): Promise<ChaosOptions> {
  let smallest = failed.options;
  for (let step = 0; step < 6; step += 1) {
    const candidate: ChaosOptions = {
      ...smallest,
      items: Math.max(10, Math.floor(smallest.items / 2)),
      devices: Math.max(1, Math.floor(smallest.devices / 2)),
      log: () => undefined,
    };
    if (candidate.items === smallest.items && candidate.devices === smallest.devices) break;
    const report = await runChaos(candidate);
    log(`shrink: ${candidate.items} items on ${candidate.devices} devices -> ${report.problems.length ? 'still fails' : 'passes'}`);
    if (report.problems.length === 0) break;
    smallest = candidate;
  }
  return smallest;
}

export function describeReport(report: ChaosReport, dialect: string): string {
  const faults = Object.entries(report.faults)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  return (
    `chaos [${dialect}] seed ${report.options.seed}: ${report.options.items} items from ${report.options.devices} devices in ` +
    `${report.seconds.toFixed(1)} s; crashes ${report.kills}; pg connections cut ${report.droppedConnections}; faults: ${faults}; ` +
    `problems ${report.problems.length}`
  );
}
