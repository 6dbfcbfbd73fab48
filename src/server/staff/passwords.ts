import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { PASSWORD_MIN_LENGTH } from '../../shared/staff/roles';

// OWASP's argon2id baseline: 19 MiB memory, 2 passes, 1 lane. (2 is Algorithm.Argon2id, a const enum.)
const ARGON2ID = 2 as Algorithm;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `The password must be at least ${PASSWORD_MIN_LENGTH} characters.`;
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
