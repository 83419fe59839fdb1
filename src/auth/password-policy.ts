/**
 * What a password must be (NIST SP 800-63B §5.1.1.2): long enough, not a known common password, not
 * built from the account's own email. No composition rules — they push people toward "Password1!".
 */
export const MIN_PASSWORD_LENGTH = 12;
/** argon2 accepts anything, but a megabyte "password" is a denial-of-service, not a secret. */
export const MAX_PASSWORD_LENGTH = 256;

let common: Promise<Set<string>> | undefined;

/**
 * The ~49k most common passwords from breach corpora, as bundled by @zxcvbn-ts/language-common.
 * Loaded on first use (decompressing it costs a few milliseconds), never on import.
 */
export function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())),
  );
  return common;
}

/** Returns the problems with `password` for the account `email` (empty when acceptable). */
export async function passwordProblems(password: string, email: string): Promise<string[]> {
  const problems: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    problems.push(`password must be at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  const lower = password.toLowerCase();
  const list = await commonPasswords();
  // "password123456" is as guessable as "password": strip the digits and symbols people append.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (list.has(lower) || (stem.length >= 4 && list.has(stem))) {
    problems.push('password is too common; choose a longer phrase of unrelated words');
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && lower.includes(local)) {
    problems.push('password must not contain your email address');
  }
  return problems;
}
