/**
 * Password and PIN handling.
 * - Passwords: scrypt with N=2^17, r=8, p=1 (OWASP's recommended minimum), 16-byte salt.
 * - PINs: a 4-digit PIN can be guessed offline whatever the hash, so its protection is the
 *   lockout. It is stored as an HMAC under a random per-install key, which lets a PIN alone find
 *   its owner (one indexed lookup) and keeps PINs unique.
 * - Session tokens: 32 random bytes; only their SHA-256 is stored.
 */
import crypto from 'node:crypto';

const SCRYPT = { N: 2 ** 17, r: 8, p: 1, keyLength: 64 } as const;
const MAX_MEM = 256 * 1024 * 1024;

export function hashPassword(password: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password.normalize('NFC'), salt, SCRYPT.keyLength, {
    N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: MAX_MEM,
  });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = crypto.scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEM,
  });
  return crypto.timingSafeEqual(expected, actual);
}

export function pinLookup(installKey: string, pin: string): string {
  return crypto.createHmac('sha256', Buffer.from(installKey, 'hex')).update(`pin:${pin}`).digest('hex');
}

export function newInstallKey(): string {
  return crypto.randomBytes(32).toString('hex');
}

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
