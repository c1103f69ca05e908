/** Reporting a message: it goes to the moderation queue with the messages around it, as they were when reported. */
import type { SignedInContext } from '../../platform/context';
import { validateInput } from '../../platform/graphql/domain-error';
import { reportMessageToModerators } from '../reports/report.service';
import { ReportNotPossibleError } from '../reports/report.types';
import { reportContextEach, reportReasonSchema } from './message.policy';
import { findMessage, messagesAround } from './message.queries';
import { ReportMessageSuccess, type ReportMessageInput } from './message.types';
import { notAllowed, ownConversation } from './message.service';

export async function reportMessage(ctx: SignedInContext, input: ReportMessageInput) {
  const valid = validateInput(reportReasonSchema, input);
  if (!valid.ok) return valid.error;
  const message = await findMessage(ctx.db, valid.data.messageId);
  const own = message ? await ownConversation(ctx, message.conversationId) : null;
  if (!message || !own || message.senderSide === own.side) return notAllowed('NOT_FOUND');
  const around = await messagesAround(ctx.db, message, reportContextEach);
  const reportId = await reportMessageToModerators(ctx, {
    messageId: message.id,
    reason: valid.data.reason,
    lines: around.map((m) => ({
      id: m.id,
      side: m.senderSide,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      reported: m.id === message.id,
    })),
  });
  if (!reportId) return new ReportNotPossibleError('You reported this message already.');
  return Object.assign(new ReportMessageSuccess(), { reportId });
}
