/**
 * Contact fields do not feed the browser's autofill: on a shared phone, the next person's form must
 * not offer the last child's phone number or email. Chromium keeps what it would offer in the
 * profile's "Web Data" SQLite file (table `autofill`); this test reads that file after sending and
 * clearing. (Checked to fail: with autoComplete="tel" on the phone field, the number is in the table.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithProfile, waitForServiceWorker } from './support/browser';
import { askForAdvocate, markWelcomed } from './support/child';
import { type RunningServer, startServer } from './support/server';

const PHONE = '07700 900789';
const EMAIL = 'otterlamp@example.org';

function autofillValues(profileDir: string): string[] {
  const file = path.join(profileDir, 'Default', 'Web Data');
  if (!fs.existsSync(file)) return [];
  const copy = path.join(profileDir, 'web-data-copy.sqlite');
  fs.copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return (db.prepare('SELECT value FROM autofill').all() as { value: string }[]).map((row) => row.value);
  } finally {
    db.close();
  }
}

describe('contact details and the browser autofill', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('does not offer the phone number or email on a new form after sending and clearing', async () => {
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'your-say-profile-'));
    const context = await launchWithProfile(profileDir);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await markWelcomed(page);
    await page.reload();
    await waitForServiceWorker(page);

    await page.goto(`${server.url}/advocate`);
    await askForAdvocate(page, { methods: ['Call me', 'Send me an email'], phone: PHONE, email: EMAIL });
    await page.getByRole('heading', { level: 2, name: 'Your request has been sent' }).waitFor();
    await page.goto(`${server.url}/say`);
    await page.getByRole('radio', { name: 'I want to talk to someone' }).check();
    await page.getByRole('checkbox', { name: 'Send me a text' }).check();
    await page.getByLabel('Your phone number').fill(PHONE);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your request has been sent' }).waitFor();

    await page.goto(`${server.url}/sent`);
    await page.getByRole('button', { name: 'Clear my answers from this phone' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await page.getByRole('status').filter({ hasText: 'Done.' }).waitFor();

    // A new form: the field is empty and, once focused, the browser has nothing of ours to offer.
    await page.goto(`${server.url}/say`);
    await page.getByRole('radio', { name: 'I want to talk to someone' }).check();
    await page.getByRole('checkbox', { name: 'Call me' }).check();
    const phone = page.getByLabel('Your phone number');
    await phone.focus();
    expect(await phone.inputValue()).toBe('');
    expect(await phone.getAttribute('autocomplete')).toBe('off');
    await page.waitForTimeout(1000);
    await context.close(); // flushes the profile to disk
    const offered = autofillValues(profileDir);
    expect(offered).not.toContain(PHONE);
    expect(offered).not.toContain(EMAIL);
    fs.rmSync(profileDir, { recursive: true, force: true });
  });
});
