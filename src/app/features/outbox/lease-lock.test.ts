import { beforeEach, describe, expect, it } from 'vitest';
import { webLockRunner } from './exclusive';
import { leaseRunner } from './lease-lock';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('leaseRunner (where Web Locks are missing)', () => {
  beforeEach(() => localStorage.clear());

  it('never lets two tabs work at once, and every piece of work runs', async () => {
    const tabs = ['tab-a', 'tab-b', 'tab-c'].map((owner) => leaseRunner({ storage: localStorage, owner, pollMs: 5, settleMs: 5 }));
    let active = 0;
    let most = 0;
    const done: number[] = [];
    const work = (n: number) => async () => {
      active += 1;
      most = Math.max(most, active);
      await sleep(15);
      active -= 1;
      done.push(n);
      return n;
    };
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => (tabs[n % 3] as ReturnType<typeof leaseRunner>)(work(n))));
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(1);
    expect(localStorage.getItem('your-say:drain-lease')).toBeNull();
  });

  it('takes over a lease left by a tab that closed mid-drain', async () => {
    localStorage.setItem('your-say:drain-lease', JSON.stringify({ owner: 'gone', expires: Date.now() + 40 }));
    const run = leaseRunner({ storage: localStorage, owner: 'tab-a', pollMs: 5, settleMs: 5 });
    const started = Date.now();
    expect(await run(async () => 'ran')).toBe('ran');
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('releases the lease when the work fails', async () => {
    const run = leaseRunner({ storage: localStorage, owner: 'tab-a', pollMs: 5, settleMs: 5 });
    await expect(run(() => Promise.reject(new Error('network')))).rejects.toThrow('network');
    expect(localStorage.getItem('your-say:drain-lease')).toBeNull();
  });

  it('is what webLockRunner uses when there are no Web Locks', async () => {
    const run = webLockRunner(undefined, localStorage);
    let seen: string | null = null;
    await run(async () => {
      seen = localStorage.getItem('your-say:drain-lease');
    });
    expect(seen).toContain('"owner"');
  });
});
