/** Conversations and messages: the use cases. */
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { Connection, ConnectionArgs } from '../../platform/graphql/connection';
import type { InboxEvent } from './message.events';
import type {
  Conversation,
  MarkConversationReadInput,
  Message,
  MessagingEvent,
  ReportMessageInput,
  SendMessageInput,
  SendProposalInput,
  SetConversationBlockedInput,
} from './message.types';

const notYet = () => new AppError('INTERNAL', 'Not implemented yet.');
const empty = <T>(): Connection<T> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

export async function myConversations(_ctx: SignedInContext, _args: ConnectionArgs): Promise<Connection<Conversation>> {
  return empty();
}
export async function conversationFor(_ctx: SignedInContext, _id: string): Promise<Conversation | null> {
  return null;
}
export async function conversationWithExpert(_ctx: SignedInContext, _expertId: string): Promise<Conversation | null> {
  return null;
}
export async function unreadTotal(_ctx: SignedInContext): Promise<number> {
  return 0;
}
export async function sendMessage(_ctx: SignedInContext, _input: SendMessageInput): Promise<never> {
  throw notYet();
}
export async function sendProposal(_ctx: SignedInContext, _input: SendProposalInput): Promise<never> {
  throw notYet();
}
export async function markConversationRead(_ctx: SignedInContext, _input: MarkConversationReadInput): Promise<never> {
  throw notYet();
}
export async function setConversationBlocked(_ctx: SignedInContext, _input: SetConversationBlockedInput): Promise<never> {
  throw notYet();
}
export async function reportMessage(_ctx: SignedInContext, _input: ReportMessageInput): Promise<never> {
  throw notYet();
}
export async function messagingEventFor(_ctx: SignedInContext, _event: InboxEvent): Promise<MessagingEvent> {
  throw notYet();
}
export async function lastMessageOf(_ctx: Context, _conversation: Conversation): Promise<Message | null> {
  return null;
}
export async function messagesOf(_ctx: Context, _conversation: Conversation, _args: ConnectionArgs): Promise<Connection<Message>> {
  return empty();
}
