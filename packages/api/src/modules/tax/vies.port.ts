/**
 * The VAT number verifier port: asks whether a number is registered for intra-EU trade. `ViesClient` asks the EU's
 * VIES REST service; `ChecksumVerifier` (demo and tests, `VAT_NUMBER_CHECK=checksum`) takes any number whose checksum
 * holds as registered, as the offline payment provider stands in for Stripe.
 */
export type ViesAnswer =
  | { kind: 'ANSWERED'; valid: boolean; name: string | null; address: string | null; requestIdentifier: string | null }
  /** VIES or the member state did not answer (unavailable, busy, timed out): ask again later. */
  | { kind: 'UNAVAILABLE'; reason: string };

export interface VatNumberVerifier {
  /** False for the checksum stand-in: its answers are not stored, and no invoice cites them as a VIES check. */
  readonly authoritative: boolean;
  /** `country` is the VAT prefix (EL for Greece, XI for Northern Ireland); `number` comes without it. */
  verify(prefix: string, number: string): Promise<ViesAnswer>;
}

export class ChecksumVerifier implements VatNumberVerifier {
  readonly authoritative = false;
  async verify(): Promise<ViesAnswer> {
    return { kind: 'ANSWERED', valid: true, name: null, address: null, requestIdentifier: null };
  }
}
