/**
 * Experts' payout accounts (Stripe Connect Express): created on first need, completed by the expert on the
 * provider's onboarding form, kept up to date from `account.updated` webhooks. The offline provider's accounts are
 * ready at once.
 */
import type { Context } from '../../platform/context';
import { requireOwnExpert } from '../experts/expert.service';
import type { ExpertRow } from '../experts/expert.table';
import { findRecipient } from '../identity/identity.service';
import { PaymentProviderName, PayoutAccount, PayoutOnboarding } from './billing.types';
import type { PayoutAccountState } from './payment.port';
import { findPayoutAccount, savePayoutAccount, updatePayoutAccountByAccountId } from './payment.queries';
import type { PayoutAccountRow } from './payment.table';

async function save(ctx: Context, expertId: string, state: PayoutAccountState): Promise<PayoutAccountRow> {
  return savePayoutAccount(ctx.db, { expertId, provider: ctx.adapters.payments.name, ...state, updatedAt: ctx.clock.now() });
}

/**
 * The expert's account at the current provider: created when missing for the offline provider (ready at once);
 * with Stripe only the expert creates theirs (through onboarding), so this returns null until they have.
 */
export async function payoutAccountOf(ctx: Context, expert: ExpertRow): Promise<PayoutAccountRow | null> {
  const existing = await findPayoutAccount(ctx.db, expert.id);
  if (existing && existing.provider === ctx.adapters.payments.name) return existing;
  if (ctx.adapters.payments.movesRealMoney) return null;
  return save(
    ctx,
    expert.id,
    await ctx.adapters.payments.createPayoutAccount({ expertId: expert.id, email: '' }, `expert:${expert.id}:payout-account`),
  );
}

function toPayoutAccount(row: PayoutAccountRow): PayoutAccount {
  return Object.assign(new PayoutAccount(), {
    provider: row.provider === 'stripe' ? PaymentProviderName.STRIPE : PaymentProviderName.OFFLINE,
    chargesEnabled: row.chargesEnabled,
    payoutsEnabled: row.payoutsEnabled,
    detailsSubmitted: row.detailsSubmitted,
  });
}

export async function myPayoutAccount(ctx: Context): Promise<PayoutAccount | null> {
  const row = await payoutAccountOf(ctx, await requireOwnExpert(ctx));
  return row && toPayoutAccount(row);
}

/** A fresh onboarding link for the viewer's payout account, creating the account on first use. */
export async function startPayoutOnboarding(ctx: Context): Promise<PayoutOnboarding> {
  const expert = await requireOwnExpert(ctx);
  const provider = ctx.adapters.payments;
  let account = await payoutAccountOf(ctx, expert);
  if (!account) {
    const email = (await findRecipient(ctx, expert.userId))?.email ?? '';
    account = await save(
      ctx,
      expert.id,
      await provider.createPayoutAccount({ expertId: expert.id, email }, `expert:${expert.id}:payout-account`),
    );
  }
  const page = `${ctx.config.publicUrl}/dashboard/earnings`;
  const url = await provider.onboardingLink(account.accountId, {
    returnUrl: `${page}?onboarding=done`,
    refreshUrl: `${page}?onboarding=retry`,
  });
  return Object.assign(new PayoutOnboarding(), { url });
}

/** The provider says an account changed (webhook): record whether it can take charges and pay out. */
export async function refreshPayoutAccount(ctx: Context, accountId: string): Promise<void> {
  const state = await ctx.adapters.payments.payoutAccount(accountId);
  await updatePayoutAccountByAccountId(ctx.db, accountId, {
    chargesEnabled: state.chargesEnabled,
    payoutsEnabled: state.payoutsEnabled,
    detailsSubmitted: state.detailsSubmitted,
    updatedAt: ctx.clock.now(),
  });
}
