import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import {
  ACCOUNT_WORDS_MESSAGE,
  assertStrongPassword,
  isSeasonWithYear,
  passwordWeakness,
  SEASON_YEAR_MESSAGE,
  WEAK_PASSWORD_MESSAGE,
} from './password-policy.js';

const EMAIL = 'margaret.hamilton@example.org';
const NAME = 'Margaret Hamilton';
const ACCOUNT = [EMAIL, NAME];

describe('passwordWeakness: words of the account', () => {
  it.each([
    EMAIL,
    'MARGARET.HAMILTON@EXAMPLE.ORG',
    `xx${EMAIL}!!`,
    'margaret.hamilton',
    'Margaret.Hamilton-1969!',
    NAME,
    'margaret hamilton apollo',
    'apollo-MargaretHamilton',
  ])('refuses %j, which holds the email, its local part or the name', (password) => {
    expect(passwordWeakness(password, ACCOUNT)).toBe(ACCOUNT_WORDS_MESSAGE);
  });

  it('applies the same rule however the caller passes the account (bootstrap passes [email, name])', () => {
    expect(passwordWeakness('qz.vandermeer-lantern', ['qz.vandermeer@example.org'])).toBe(ACCOUNT_WORDS_MESSAGE);
    expect(passwordWeakness('tulip harbour seventeen lantern', ['qz.vandermeer@example.org', 'Q V'])).toBeNull();
  });

  it('ignores a name or local part under 3 characters, which occurs inside unrelated passphrases', () => {
    expect(passwordWeakness('total harbour seventeen lantern', ['al@example.org', 'Al'])).toBeNull();
    expect(passwordWeakness('jo tulip harbour seventeen lantern', ['jo@example.org', 'Jo'])).toBeNull();
  });

  it('passes a strong password that has nothing of the account', () => {
    expect(passwordWeakness('tulip harbour seventeen lantern', ACCOUNT)).toBeNull();
  });
});

describe('passwordWeakness: a season or month with a year', () => {
  it.each([
    'Summer2024!!',
    'winter 2025',
    'January2026?',
    'Sept-2023',
    'autumn 2024 !!',
    'Fall_2023!!!',
    'DECEMBER2024',
    "spring '25 !!!!",
    '2024Summer!!',
    '!!July.2025..',
    'MySummer2024!',
    '12Winter2025#',
    'Winter2025Winter2025',
  ])('refuses %j', (password) => {
    expect(isSeasonWithYear(password)).toBe(true);
    expect(passwordWeakness(password)).toBe(SEASON_YEAR_MESSAGE);
  });

  it.each([
    'tulip harbour lantern march 1999',
    'the august harbour lantern 42',
    'my birthday is in august, said the lantern',
    'Summertime seventeen tulips',
  ])('leaves %j, a passphrase that merely holds a month or season, to zxcvbn', (password) => {
    expect(isSeasonWithYear(password)).toBe(false);
    expect(passwordWeakness(password)).toBeNull();
  });
});

describe('passwordWeakness: zxcvbn', () => {
  it.each(['aaaaaaaaaaaa', 'password1234', 'P@ssw0rd1234'])('refuses %j as too easy to guess', (password) => {
    expect(passwordWeakness(password)).toBe(WEAK_PASSWORD_MESSAGE);
  });
});

describe('assertStrongPassword', () => {
  it('throws 422 weak-password naming the password field, with the specific message', () => {
    const thrown = (() => {
      try {
        assertStrongPassword('Summer2024!!', ACCOUNT);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'weak-password',
      detail: `The password ${SEASON_YEAR_MESSAGE}`,
      extra: { errors: [{ path: 'password', message: SEASON_YEAR_MESSAGE }] },
    });
    expect(() => assertStrongPassword(EMAIL, ACCOUNT)).toThrow(ACCOUNT_WORDS_MESSAGE);
    expect(() => assertStrongPassword('tulip harbour seventeen lantern', ACCOUNT)).not.toThrow();
  });
});
