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

export const ACCOUNT_WORDS_MESSAGE = 'must not contain your email address or name.';

export const SEASON_YEAR_MESSAGE =
  'must not be a season or month with a year (such as "Summer2024!"); use a longer one, for example four or more unrelated words.';

/**
 * Account words shorter than this are not looked for in the password. A one- or two-character
 * name or local part ("Al", "jo@…") occurs inside many unrelated passphrases ("total harbour
 * lantern"), so refusing them would turn away good passwords, and such a short piece adds
 * almost nothing an attacker could use; zxcvbn still weighs it as a user input.
 */
export const MIN_ACCOUNT_WORD_LENGTH = 3;

/** Letters and digits only, lower case: "Margaret.Hamilton" and "margaret hamilton" compare equal. */
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The account's email, whole and its local part, and its name, whole, as compared with the
 * password: each `related` entry with an "@" also gives the part before its last "@".
 */
function accountWords(related: string[]): string[] {
  const whole = related.flatMap((text) => {
    const at = text.lastIndexOf('@');
    return at > 0 ? [text, text.slice(0, at)] : [text];
  });
  return whole.map(compact).filter((word) => word.length >= MIN_ACCOUNT_WORD_LENGTH);
}

/** True when the password contains the account's email, its local part or its name (ignoring case and punctuation). */
export function containsAccountWords(password: string, related: string[]): boolean {
  const text = compact(password);
  return accountWords(related).some((word) => text.includes(word));
}

// English seasons and months with their common abbreviations; longer spellings first.
const SEASON_OR_MONTH =
  'spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const SEPARATORS = '[\\s\\p{P}\\p{S}]*';
const SEASON_WITH_YEAR = new RegExp(
  `(?:${SEASON_OR_MONTH})${SEPARATORS}\\d{2}|\\d{2}${SEPARATORS}(?:${SEASON_OR_MONTH})`,
  'gu',
);
/** What else a season-and-year password may hold and still count as one: a few letters at most ("My", "Hi"). */
const MAX_OTHER_LETTERS = 3;

/**
 * True for "Summer2024!!", "winter 2025", "January2026?", "Sept-2023", "2024Summer!", "MySummer24":
 * a season or month name (English, abbreviations included) next to a 2- or 4-digit year, with any
 * punctuation, spaces and digits around (or repeated: "Winter2025Winter2025"), and at most
 * MAX_OTHER_LETTERS other letters. These are among the first guesses of any password-spraying
 * list, and zxcvbn scores some of them 3 ("Summer2024!!", "January2026?").
 * A passphrase that merely contains a month among other words ("tulip harbour lantern march
 * 1999") is not this pattern: it has far more letters than the month, and zxcvbn judges it.
 */
export function isSeasonWithYear(password: string): boolean {
  const text = password.toLowerCase();
  const rest = text.replace(SEASON_WITH_YEAR, '');
  return rest !== text && (rest.match(/\p{L}/gu) ?? []).length <= MAX_OTHER_LETTERS;
}

// Built on first use: loading the dictionaries takes about 80 ms.
let checker: ZxcvbnFactory | undefined;

/**
 * Null when the password may be used, else why not (a phrase to follow "password"). `related`
 * are words from the account (email, name) that make a password easy to guess for this user:
 * a password containing the email (whole or its local part) or the whole name is refused,
 * ignoring case and punctuation, as is a season or month with a year; the rest is zxcvbn's.
 */
export function passwordWeakness(password: string, related: string[] = []): string | null {
  if (containsAccountWords(password, related)) return ACCOUNT_WORDS_MESSAGE;
  if (isSeasonWithYear(password)) return SEASON_YEAR_MESSAGE;
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
