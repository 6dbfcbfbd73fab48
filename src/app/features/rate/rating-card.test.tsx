import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import common from '../../../../locales/en/common.json';
import rate from '../../../../locales/en/rate.json';
import statements from '../../../../locales/en/statements.json';
import { initI18n } from '../../i18n';
import { RatingCard } from './rating-card';

beforeAll(async () => {
  const i18n = await initI18n();
  i18n.addResourceBundle('en', 'rate', rate);
  i18n.addResourceBundle('en', 'statements', statements);
});

describe('RatingCard', () => {
  it('offers the four answers for the statement, by name', () => {
    render(<RatingCard statementId="good-care-09" status={{ state: 'none' }} />);
    const card = screen.getByRole('article', { name: 'My birthdays are remembered.' });
    expect(card).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Your answer to: My birthdays are remembered.' });
    const names = Array.from(group.querySelectorAll('button')).map((button) => button.textContent);
    expect(names).toEqual(['Yes, mostly', 'Sometimes', 'Not really', 'Skip']);
  });

  it('shows which answer was chosen and that it is saved on this phone', () => {
    render(<RatingCard statementId="good-care-02" status={{ state: 'saved', answer: 'sometimes' }} />);
    expect(screen.getByRole('button', { name: 'Sometimes' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Yes, mostly' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe(common.outbox.saved);
  });

  it('says "Sent" once the server has it', () => {
    render(<RatingCard statementId="good-care-02" status={{ state: 'sent', answer: 'yes', sentAt: '2026-11-23T10:00:00Z' }} />);
    expect(screen.getByRole('status').textContent).toBe('Sent');
  });

  it('keeps a rejected answer visible with a plain reason, not the server words', () => {
    render(<RatingCard statementId="good-care-02" status={{ state: 'rejected', answer: 'yes', reason: 'payload.answer: not one of the allowed values' }} />);
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toBe("Could not be sent: The council's computer said no. Your answer is still saved here.");
    expect(status).not.toContain('payload');
  });
});
