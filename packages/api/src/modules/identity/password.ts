/** Password hashing with argon2id at OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane). */
import { hash, verify } from '@node-rs/argon2';

const argon2id = 2; // Algorithm.Argon2id; the package's const enum cannot be imported under isolatedModules
const owaspParameters = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, owaspParameters);
}

/** False for an account without a password (created through a provider): nothing matches it. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) return false;
  return verify(passwordHash, password).catch(() => false);
}

/** Verified against when the account does not exist, so a wrong email costs as much time as a wrong password. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  return decoyHash;
}
