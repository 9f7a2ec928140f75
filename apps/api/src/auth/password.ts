import argon2 from 'argon2';

// OWASP minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export const needsRehash = (hash: string) => argon2.needsRehash(hash, OPTIONS);

let dummy: Promise<string> | undefined;
/** Verifying against a fixed hash for unknown emails keeps timing the same as for real accounts. */
export async function verifyDummy(password: string): Promise<void> {
  dummy ??= hashPassword('painpath-dummy-password-for-timing');
  await verifyPassword(await dummy, password);
}
