import type { Config } from '../../platform/config';

// PROVISIONAL until tax-rules' seam lands (TAX_MODEL, PRICES_INCLUDE_TAX in platform/config.ts).
export function taxConfigOf(config: Config): { model: 'platform' | 'agent'; pricesIncludeTax: boolean } {
  const tax = (config as unknown as { tax?: { model: 'platform' | 'agent'; pricesIncludeTax: boolean } }).tax;
  return tax ?? { model: 'platform', pricesIncludeTax: true };
}
