/**
 * Passwords people pick most often (zxcvbn-ts's list of about 49,000, drawn from real breaches):
 * an attacker tries these first, so they are refused however long they are.
 */
let common: Promise<ReadonlySet<string>> | undefined;

// Loaded on first use, not at start-up: only setting a password needs the list.
function commonPasswords(): Promise<ReadonlySet<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((password) => password.toLowerCase())),
    (error: unknown) => {
      common = undefined;
      throw error;
    },
  );
  return common;
}

/** Case does not help: "PassWord1" is as easy to guess as "password1". */
export async function isCommonPassword(password: string): Promise<boolean> {
  return (await commonPasswords()).has(password.toLowerCase());
}
