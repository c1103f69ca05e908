/** The part of `http_ece` (no types of its own) the push receiver uses: decrypting an aes128gcm body (RFC 8188, 8291). */
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';

  export function decrypt(buffer: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: Buffer | string }): Buffer;
}
