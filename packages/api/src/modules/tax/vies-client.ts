/**
 * The EU VIES REST service (`POST {VIES_URL}/check-vat-number`), on Node's `fetch` (undici) with a timeout. VIES
 * answers `{ valid, name, address, requestIdentifier }`, or, when it or the member state cannot answer, an error
 * (`errorWrappers: [{ error: 'MS_UNAVAILABLE' }]`, `userError`, a 5xx): those become UNAVAILABLE, to be asked again.
 * `vies-client.test.ts` replays recorded answers.
 */
import type { ViesAnswer, VatNumberVerifier } from './vies.port';

/** Errors that say the number itself is wrong (answered), not that VIES could not answer. */
const refusals = new Set(['INVALID', 'INVALID_INPUT', 'INVALID_REQUESTER_INFO']);

interface ViesReply {
  valid?: boolean;
  isValid?: boolean;
  name?: string;
  address?: string;
  requestIdentifier?: string;
  userError?: string;
  actionSucceed?: boolean;
  errorWrappers?: Array<{ error?: string; message?: string }>;
}

/** VIES writes "---" where a member state does not disclose a field. */
const disclosed = (text: string | undefined) => (text && text.trim() !== '---' ? text.trim() : null);

export class ViesClient implements VatNumberVerifier {
  readonly authoritative = true;
  constructor(private readonly settings: { url: string; timeoutMs: number }) {}

  async verify(prefix: string, number: string): Promise<ViesAnswer> {
    let response: Response;
    try {
      response = await fetch(`${this.settings.url}/check-vat-number`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ countryCode: prefix, vatNumber: number }),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      return { kind: 'UNAVAILABLE', reason: error instanceof Error && error.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK' };
    }
    let reply: ViesReply;
    try {
      reply = (await response.json()) as ViesReply;
    } catch {
      return { kind: 'UNAVAILABLE', reason: `HTTP_${response.status}` };
    }
    const error = reply.errorWrappers?.[0]?.error ?? (reply.userError && reply.userError !== 'VALID' ? reply.userError : undefined);
    if (error && refusals.has(error)) return { kind: 'ANSWERED', valid: false, name: null, address: null, requestIdentifier: null };
    if (error || !response.ok || reply.actionSucceed === false) return { kind: 'UNAVAILABLE', reason: error ?? `HTTP_${response.status}` };
    const valid = reply.valid ?? reply.isValid;
    if (typeof valid !== 'boolean') return { kind: 'UNAVAILABLE', reason: 'UNREADABLE_ANSWER' };
    return {
      kind: 'ANSWERED',
      valid,
      name: valid ? disclosed(reply.name) : null,
      address: valid ? disclosed(reply.address) : null,
      requestIdentifier: reply.requestIdentifier || null,
    };
  }
}
