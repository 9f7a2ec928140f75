import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '../common/errors.js';

/**
 * New passwords are checked against common and breached passwords (OWASP ASVS 2.1.7) and easily
 * guessed patterns, offline, with zxcvbn-ts: its common dictionary holds about 49,000 passwords
 * from breach corpora, and it also scores repeats ("aaaaaaaaaaaa"), sequences, keyboard walks,
 * dates and words with digits or l33t substitutions added ("password1234", "P@ssw0rd1234").
 * Score 3 means about 10^8 guesses or more are needed; below that a password is refused. There
 * are no composition rules (ASVS 2.1.9): a long passphrase of ordinary words passes.
 */
export const MIN_PASSWORD_SCORE = 3;

export const WEAK_PASSWORD_MESSAGE =
  'is too easy to guess: it is a common or leaked password, or close to one, or a simple pattern. ' +
  'Use a longer one, for example four or more unrelated words.';

// Built on first use: loading the dictionaries takes about 80 ms.
let checker: ZxcvbnFactory | undefined;

/**
 * Null when the password may be used, else why not (a phrase to follow "password"). `related`
 * are words from the account (email, name) that make a password easy to guess for this user.
 */
export function passwordWeakness(password: string, related: string[] = []): string | null {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const words = related.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const { score } = checker.check(password, ['painpath', ...words]);
  return score >= MIN_PASSWORD_SCORE ? null : WEAK_PASSWORD_MESSAGE;
}

/** Throws 422 weak-password naming the `password` field when the password may not be used. */
export function assertStrongPassword(password: string, related: string[] = []): void {
  const weakness = passwordWeakness(password, related);
  if (weakness) {
    throw new DomainError('weak-password', `The password ${weakness}`, {
      errors: [{ path: 'password', message: weakness }],
    });
  }
}
