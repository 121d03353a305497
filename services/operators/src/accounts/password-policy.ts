import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as japanese from '@zxcvbn-ts/language-ja';
import { badUserInput } from '@registry/errors';

/**
 * What a chosen password must be, as NIST SP 800-63B §3.1.1.2 asks of a memorized secret:
 * long enough, not on a list of common or breached passwords, not derived from the
 * account (login ID, the person's name), and no composition rules beyond that. The lists
 * are the maintained estimator's (`@zxcvbn-ts`: common passwords from breach corpora,
 * English and Japanese words and names), installed with the repository, never fetched.
 */

/** [T14.1] the shortest password a person may choose; NIST's floor is 8, ours 12. */
export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome (NIST: at least 64); the bound only keeps hashing sane. */
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses; below it is refused. */
const MIN_SCORE = 3;

/**
 * Why a password is refused. Stable codes a client translates (the web application shows
 * Japanese); the English message is for logs and API users.
 */
export const PasswordRefusal = {
  TooShort: 'TOO_SHORT',
  TooLong: 'TOO_LONG',
  TooCommon: 'TOO_COMMON',
  ContainsLoginId: 'CONTAINS_LOGIN_ID',
  ContainsName: 'CONTAINS_NAME',
  TooGuessable: 'TOO_GUESSABLE',
  SameAsCurrent: 'SAME_AS_CURRENT',
} as const;
export type PasswordRefusal = (typeof PasswordRefusal)[keyof typeof PasswordRefusal];

const MESSAGES: Record<PasswordRefusal, string> = {
  TOO_SHORT: `A password has at least ${MIN_PASSWORD_LENGTH} characters`,
  TOO_LONG: `A password has at most ${MAX_PASSWORD_LENGTH} characters`,
  TOO_COMMON: 'This password is on a list of common or breached passwords',
  CONTAINS_LOGIN_ID: 'A password must not contain the login ID',
  CONTAINS_NAME: "A password must not contain the account holder's name",
  TOO_GUESSABLE: 'This password is too easy to guess: use a longer phrase of unrelated words',
  SAME_AS_CURRENT: 'The new password must differ from the current one',
};

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment to index. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...japanese.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** Who the password is for: their own identifiers never make a password. */
export interface PasswordOwner {
  loginId: string;
  name: string;
}

/** NIST counts characters, not bytes, after Unicode normalization (NFKC). */
function normalized(password: string): string {
  return password.normalize('NFKC');
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The reason a password is refused, or null when it may be chosen. */
export function passwordRefusal(password: string, owner: PasswordOwner): PasswordRefusal | null {
  const text = normalized(password);
  const length = [...text].length;
  if (length < MIN_PASSWORD_LENGTH) return PasswordRefusal.TooShort;
  if (length > MAX_PASSWORD_LENGTH) return PasswordRefusal.TooLong;
  const folded = fold(text);
  const loginId = fold(owner.loginId);
  if (loginId.length >= 3 && folded.includes(loginId)) return PasswordRefusal.ContainsLoginId;
  const nameParts = owner.name.split(/[\s\u3000]+/).map(fold).filter((p) => p.length >= 3);
  if (nameParts.some((part) => folded.includes(part)) || (fold(owner.name).length >= 3 && folded.includes(fold(owner.name)))) {
    return PasswordRefusal.ContainsName;
  }
  const result = zxcvbn().check(text, [owner.loginId, owner.name, ...owner.name.split(/\s+/)]);
  if (result.score >= MIN_SCORE) return null;
  const listed = result.sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'passwords-common');
  return listed ? PasswordRefusal.TooCommon : PasswordRefusal.TooGuessable;
}

/** Refuses a password that may not be chosen: BAD_USER_INPUT on `field`, with the reason code. */
export function assertAcceptablePassword(password: string, owner: PasswordOwner, field: ReadonlyArray<string | number>): void {
  const refusal = passwordRefusal(password, owner);
  if (refusal) throw badUserInput(MESSAGES[refusal], field, refusal);
}

export function refusalMessage(refusal: PasswordRefusal): string {
  return MESSAGES[refusal];
}
