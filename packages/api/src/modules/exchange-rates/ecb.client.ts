/**
 * The ECB's euro foreign exchange reference rates over HTTP (Node's fetch, undici): the file at `ECB_RATES_URL`
 * (by default the last 90 days, so a missed day fills in on the next run), read and checked by `parseEcbXml`.
 */
import { parseEcbXml, type DayRate } from './exchange-rate.policy';

export const ecbTimeoutMs = 15_000;
/** The 90-day file is about 40 kB; anything far larger is not it. */
const maxBytes = 2_000_000;

export class EcbUnavailableError extends Error {
  constructor(url: string, reason: string) {
    super(`The ECB reference rates could not be loaded from ${url}: ${reason}. Import a rates file instead (pnpm import-rates <file>).`);
    this.name = 'EcbUnavailableError';
  }
}

export async function fetchEcbRates(url: string, timeoutMs = ecbTimeoutMs): Promise<DayRate[]> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/xml, text/xml', 'user-agent': 'Skillcall exchange rates' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    throw new EcbUnavailableError(url, cause);
  }
  if (!response.ok) throw new EcbUnavailableError(url, `HTTP ${response.status}`);
  const body = await response.text();
  if (body.length > maxBytes) throw new EcbUnavailableError(url, `the answer is larger than ${maxBytes} bytes`);
  return parseEcbXml(body);
}
