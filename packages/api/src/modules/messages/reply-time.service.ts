/** The expert's typical reply time on their public profile: the median over the last 90 days, hidden under 5 conversations. */
import type { Context } from '../../platform/context';
import { medianMinutes } from './message.policy';
import { replyDelays } from './message.queries';

const windowMs = 90 * 86_400_000;
const atLeastConversations = 5;

export async function typicalReplyMinutes(ctx: Context, expertId: string): Promise<number | null> {
  const delays = await replyDelays(ctx.db, expertId, new Date(ctx.clock.now().getTime() - windowMs));
  return medianMinutes(delays, atLeastConversations);
}
