import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import { TOO_COMMON, passwordProblem } from './passwords';

describe('the common-password check', () => {
  it.each(['password1', 'qwertyuiop', 'iloveyou', '123456789', 'PassWord1', 'ILOVEYOU', 'trustno1'])('refuses %s, whatever its case', async (password) => {
    expect(await isCommonPassword(password)).toBe(true);
    expect(await passwordProblem(password)).toBe(TOO_COMMON);
  });

  it.each(['correct horse battery', 'a long test password', 'Plum-Kettle-Orbit-42'])('accepts %s', async (password) => {
    expect(await isCommonPassword(password)).toBe(false);
    expect(await passwordProblem(password)).toBeNull();
  });

  it('refuses short, over-long and NUL-holding passwords with their own plain message', async () => {
    expect(await passwordProblem('1234567')).toMatch(/at least 8 characters/);
    expect(await passwordProblem('😀😀😀😀')).toMatch(/at least 8 characters/);
    expect(await passwordProblem('x'.repeat(1001))).toMatch(/at most 1000 characters/);
    expect(await passwordProblem('long enough\u0000here')).toMatch(/NUL/);
  });
});

describe('passwords a person could guess from who they are', () => {
  it.each([
    ['sam.jones.secret.words', 'sam.jones@council.example', /first part of your email/],
    ['Sam-Jones 2026 winter', 'sam.jones@council.example', /first part of your email/],
    ['my your-say password', 'ali@council.example', /Your Say/],
    ['aaaaaaaa', undefined, /one character repeated/],
  ])('refuses %s', async (password, email, reason) => {
    expect(await passwordProblem(password, email)).toMatch(reason);
  });

  it('takes a long passphrase that avoids them', async () => {
    expect(await passwordProblem('lantern orchard velvet', 'sam.jones@council.example')).toBeNull();
  });
});
