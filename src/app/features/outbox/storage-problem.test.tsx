import { fireEvent, screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import rateText from '../../../../locales/en/rate.json';
import sayText from '../../../../locales/en/say.json';
import { ReviewStep } from '../rate/review-step';
import { SayForm } from '../say/say-form';
import { StorageProblem } from './storage-problem';
import { common, renderWithText } from '../../../../tests/support/i18n';

const quota = () => new Dexie.AbortError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('StorageProblem', () => {
  it.each([
    ['quota', quota(), common.outbox.storageFull],
    ['open-failed', new Dexie.OpenFailedError(new DOMException('Internal error.', 'UnknownError')), common.outbox.storageOpenFailed],
    ['connection-lost', new Dexie.DatabaseClosedError(), common.outbox.storageLost],
    ['other', new Error('Something else'), common.outbox.storageProblem],
  ])('%s: its own plain message, as an alert, with "Try again"', async (_kind, error, message) => {
    const onRetry = vi.fn();
    await renderWithText(<StorageProblem error={error} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveProperty('textContent', `${message}${common.outbox.tryAgain}`);
    fireEvent.click(screen.getByRole('button', { name: common.outbox.tryAgain }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps the button while trying again, but it cannot be pressed twice', async () => {
    await renderWithText(<StorageProblem error={new Dexie.DatabaseClosedError()} onRetry={() => undefined} busy />);
    expect(screen.getByRole('button', { name: common.outbox.tryingAgain })).toHaveProperty('disabled', true);
  });

  it('a newer version on disk: asks for the new version instead of trying again', async () => {
    const error = new Dexie.OpenFailedError(new DOMException('The requested version is less than the existing version.', 'VersionError'));
    await renderWithText(<StorageProblem error={error} onRetry={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toBe(common.update.newVersionOpen);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('saving in a form fails', () => {
  it('"Say something": the plain message shows, what the child wrote stays, and "Try again" sends the same words', async () => {
    const onSubmit = vi.fn().mockRejectedValueOnce(quota()).mockResolvedValueOnce(undefined);
    await renderWithText(<SayForm onSubmit={onSubmit} />, { say: sayText });
    fireEvent.click(screen.getByRole('radio', { name: sayText.type.idea }));
    fireEvent.change(screen.getByRole('textbox', { name: sayText.textLabel }), { target: { value: 'More trips out, please.' } });
    fireEvent.click(screen.getByRole('button', { name: sayText.send }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(common.outbox.storageFull);
    expect(alert.textContent).toContain(common.outbox.stillHere);
    expect(screen.getByRole('textbox', { name: sayText.textLabel })).toHaveProperty('value', 'More trips out, please.');
    expect(screen.getByRole('radio', { name: sayText.type.idea })).toHaveProperty('checked', true);

    fireEvent.click(screen.getByRole('button', { name: common.outbox.tryAgain }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]).toEqual(onSubmit.mock.calls[0]);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ kind: 'say-something', payload: { type: 'idea', text: 'More trips out, please.' } });
  });

  it('"Rate your care": the plain message shows, the answers stay, and "Try again" sends again', async () => {
    const onSend = vi.fn().mockRejectedValueOnce(new Dexie.DatabaseClosedError()).mockResolvedValueOnce(undefined);
    const draft = { step: 2, answers: { 'good-care-01': { answer: 'yes' as const, comment: 'My carer listens.' } } };
    await renderWithText(<ReviewStep ids={['good-care-01', 'good-care-02']} draft={draft} onChangeStep={() => undefined} onSend={onSend} />, {
      rate: rateText,
    });
    fireEvent.click(screen.getByRole('button', { name: rateText.review.send }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(common.outbox.storageLost);
    expect(screen.getByText('My carer listens.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: common.outbox.tryAgain }));
    await waitFor(() => expect(onSend).toHaveBeenCalledTimes(2));
  });
});
