// @node-rs/argon2: prebuilt per platform (N-API); the `argon2` package's prebuilt linux-x64
// binary crashes Node on some glibc machines, and building it needs a toolchain at install.
import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2, an ambient const enum that isolated modules cannot read. */
const ARGON2ID = 2;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * argon2id at OWASP's recommended minimum (19 MiB, two passes, one lane): tens of milliseconds
 * for a sign-in, expensive for anyone trying passwords against a stolen hash.
 */
const OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Whether the password matches the hash. Without a hash (no such user, or one who never set a
 * password) a dummy hash is verified all the same, so the answer takes as long either way and its
 * timing does not tell which of email and password was wrong.
 */
export async function verifyPassword(hash: string | null | undefined, password: string) {
  if (!hash) {
    dummy ??= hashPassword('not a password of anyone');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(hash, password).catch(() => false);
}

/** What is wrong with a new password, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.trim() !== password) return 'must not start or end with a space';
  return null;
}
