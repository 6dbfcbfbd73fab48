/** How many generated bodies each dialect gets (`npm run fuzz` sets 10000). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** The fast-check seed: FUZZ_SEED when given (to replay a failure), else a fresh one, always printed. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;

/** The replay path fast-check prints with a failure (optional, with FUZZ_SEED). */
export const PATH = process.env.FUZZ_PATH || undefined;

export const assertOptions = (numRuns: number) => ({ numRuns, seed: SEED, ...(PATH ? { path: PATH } : {}) });
