/** The expert's typical reply time on their public profile. */
import type { Context } from '../../platform/context';

export async function typicalReplyMinutes(_ctx: Context, _expertId: string): Promise<number | null> {
  return null;
}
