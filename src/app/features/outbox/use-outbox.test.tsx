// liveQuery only runs where a global indexedDB exists, as in a browser.
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutboxServiceApi } from './create-outbox-service';
import type { YourSayDb } from './outbox-db';
import { SendStatus } from './send-status';
import type { StorageFault } from './storage-faults';
import { common, renderWithText } from '../../../../tests/support/i18n';
import type { ScriptedTransport } from '../../../../tests/support/outbox';
import { useOutbox } from './use-outbox';

/** The page's outbox service, over a fake IndexedDB whose storage the test can break. */
vi.mock('./outbox-service', async () => {
  const { createOutboxService } = await import('./create-outbox-service');
  const { breakStorage } = await import('./storage-faults');
  const support = await import('../../../../tests/support/outbox');
  const db = support.createTestDb();
  const storage = breakStorage(db);
  const transport = new support.ScriptedTransport();
  let n = 0;
  const service = createOutboxService({ db, transport: transport.send, makeId: () => support.testId((n += 1)) });
  return { ...service, testing: { db, storage, transport } };
});

async function page() {
  const service = (await import('./outbox-service')) as unknown as OutboxServiceApi & {
    testing: { db: YourSayDb; storage: { fault: StorageFault }; transport: ScriptedTransport };
  };
  return { service, ...service.testing };
}

function SentList() {
  const view = useOutbox();
  return (
    <>
      <SendStatus view={view} />
      <ul aria-label="waiting">
        {view.waiting.map((item) => (
          <li key={item.id}>{item.id}</li>
        ))}
      </ul>
    </>
  );
}

const items = () => screen.getByRole('list', { name: 'waiting' }).querySelectorAll('li').length;

afterEach(async () => {
  const { db, storage, transport } = await page();
  storage.fault = undefined;
  transport.script.length = 0;
  await db.outbox.clear();
});

describe('useOutbox and SendStatus when storage fails', () => {
  it('show the problem in plain words; "Try again" closes and opens the database and reads the outbox again', async () => {
    const { service, db, storage } = await page();
    await service.outbox.enqueue('rating', { statementId: 'good-care-01', answer: 'yes' });
    storage.fault = 'lost';
    await renderWithText(<SentList />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(common.outbox.storageLost);
    expect(items()).toBe(0);

    const close = vi.spyOn(db, 'close');
    const open = vi.spyOn(db, 'open');
    fireEvent.click(screen.getByRole('button', { name: common.outbox.tryAgain }));
    await waitFor(() => expect(items()).toBe(1));
    expect(close).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(common.outbox.waiting_one.replace('{{count}}', '1'))).toBeTruthy();
    close.mockRestore();
    open.mockRestore();
  });

  it('"Send now" that fails shows the problem; "Try again" re-opens and sends, and nothing is lost', async () => {
    const { service, db, storage, transport } = await page();
    await service.outbox.enqueue('rating', { statementId: 'good-care-01', answer: 'yes' });
    await renderWithText(<SentList />);
    await waitFor(() => expect(items()).toBe(1));

    storage.fault = 'lost';
    fireEvent.click(screen.getByRole('button', { name: common.outbox.sendNow }));
    expect((await screen.findByRole('alert')).textContent).toContain(common.outbox.storageLost);
    expect(transport.batches).toEqual([]);

    const open = vi.spyOn(db, 'open');
    fireEvent.click(screen.getByRole('button', { name: common.outbox.tryAgain }));
    await waitFor(() => expect(screen.getByText(common.outbox.allSent)).toBeTruthy());
    expect(open).toHaveBeenCalled();
    expect(transport.batches.flat()).toHaveLength(1);
    expect(await db.sent.count()).toBe(1);
    // The list can show "sent" a moment before the send itself has finished and cleared the problem.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    open.mockRestore();
  });

  it('a full disk during "Send now" is named as such', async () => {
    const { service, storage } = await page();
    await service.outbox.enqueue('rating', { statementId: 'good-care-01', answer: 'yes' });
    await renderWithText(<SentList />);
    await waitFor(() => expect(items()).toBe(1));
    storage.fault = 'quota';
    fireEvent.click(screen.getByRole('button', { name: common.outbox.sendNow }));
    expect((await screen.findByRole('alert')).textContent).toContain(common.outbox.storageFull);
    expect(items()).toBe(1);
  });
});
