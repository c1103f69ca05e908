/** What experts earned and what the platform kept, derived from the ledger (never stored twice). */
import type { Context } from '../../platform/context';
import { requireOwnExpert } from '../experts/expert.service';
import { CurrencyEarnings, CurrencyRevenue } from './billing.types';
import { expertEarnings, platformFigures } from './ledger';
import { toMoney } from './money.types';
import { guaranteeHours } from './payment.policy';

export async function myEarnings(ctx: Context): Promise<CurrencyEarnings[]> {
  const expert = await requireOwnExpert(ctx);
  const since = new Date(ctx.clock.now().getTime() - guaranteeHours * 3_600_000);
  const rows = await expertEarnings(ctx.db, expert.id, since);
  return rows.map(({ currency, earnedMinor, pendingMinor }) =>
    Object.assign(new CurrencyEarnings(), {
      currency,
      earned: toMoney({ amountMinor: earnedMinor, currency }),
      pending: toMoney({ amountMinor: pendingMinor, currency }),
      paid: toMoney({ amountMinor: earnedMinor - pendingMinor, currency }),
    }),
  );
}

export async function platformRevenue(ctx: Context): Promise<CurrencyRevenue[]> {
  return (await platformFigures(ctx.db)).map((r) =>
    Object.assign(new CurrencyRevenue(), {
      currency: r.currency,
      charged: toMoney({ amountMinor: r.chargedMinor, currency: r.currency }),
      refunded: toMoney({ amountMinor: r.refundedMinor, currency: r.currency }),
      revenue: toMoney({ amountMinor: r.revenueMinor, currency: r.currency }),
      expertShare: toMoney({ amountMinor: r.expertMinor, currency: r.currency }),
    }),
  );
}
