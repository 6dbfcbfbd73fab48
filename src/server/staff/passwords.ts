import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { PASSWORD_MIN_LENGTH } from '../../shared/staff/roles';
import { isCommonPassword } from './common-passwords';

// OWASP's argon2id baseline: 19 MiB memory, 2 passes, 1 lane. (2 is Algorithm.Argon2id, a const enum.)
const ARGON2ID = 2 as Algorithm;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Sign-in accepts passwords up to this long, so a longer one could never be used. */
export const PASSWORD_MAX_LENGTH = 1000;

export const TOO_COMMON = 'That password is too common. Choose another.';

/** Lower case, letters and digits only: "Your-Say 2026" and "yoursay2026" are alike. */
const squashed = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Guessable from who the person is or where they work (ASVS 6.2): their email's name, the app's name. */
function personalProblem(password: string, email: string | undefined): string | null {
  const plain = squashed(password);
  const localPart = squashed(email?.split('@')[0] ?? '');
  if (localPart.length >= 3 && plain.includes(localPart)) return 'The password must not contain the first part of your email.';
  if (plain.includes('yoursay')) return 'The password must not contain the name Your Say.';
  if (new Set([...password]).size === 1) return 'The password must not be one character repeated.';
  return null;
}

/** Why a new password is refused, in plain words; null when it may be used. `email`: whose password it is. */
export async function passwordProblem(password: string, email?: string): Promise<string | null> {
  // Counted in characters as people see them, so an emoji counts once.
  if ([...password].length < PASSWORD_MIN_LENGTH) return `The password must be at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `The password must be at most ${PASSWORD_MAX_LENGTH} characters.`;
  // Sign-in refuses a NUL character, so such a password could never be used.
  if (password.includes('\u0000')) return 'The password cannot contain a NUL character.';
  const personal = personalProblem(password, email);
  if (personal) return personal;
  if (await isCommonPassword(password)) return TOO_COMMON;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
