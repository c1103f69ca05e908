import { ErrorCode } from '../../error-codes';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';
import { EmailNotVerifiedError, RateLimitedError } from '../identity/identity.types';
import { ReportNotPossibleError } from '../reports/report.types';
import type { ConversationRow } from './message.table';

export enum ConversationSide {
  USER = 'USER',
  EXPERT = 'EXPERT',
}
registerEnumType(ConversationSide, {
  name: 'ConversationSide',
  description: 'The two sides of a conversation.',
  valuesConfig: {
    USER: { description: 'The user who asks (the client).' },
    EXPERT: { description: 'The expert.' },
  },
});

export enum MessagingRefusal {
  EXPERT_FIRST_CONTACT = 'EXPERT_FIRST_CONTACT',
  BLOCKED = 'BLOCKED',
  OWN_PROFILE = 'OWN_PROFILE',
  NOT_FOUND = 'NOT_FOUND',
  EXPERT_UNAVAILABLE = 'EXPERT_UNAVAILABLE',
}
registerEnumType(MessagingRefusal, {
  name: 'MessagingRefusal',
  description: 'Why a message may not be written.',
  valuesConfig: {
    EXPERT_FIRST_CONTACT: { description: 'An expert writes first only to people who booked with them before.' },
    BLOCKED: { description: 'One side blocked the other in this conversation.' },
    OWN_PROFILE: { description: 'Nobody writes to themselves.' },
    NOT_FOUND: { description: 'No such conversation, expert or person for the viewer.' },
    EXPERT_UNAVAILABLE: { description: 'The expert is suspended or gone.' },
  },
});

export enum ProposalKind {
  SLOT = 'SLOT',
  HELP_NOW = 'HELP_NOW',
}
registerEnumType(ProposalKind, {
  name: 'ProposalKind',
  description: 'What an expert proposes in a conversation.',
  valuesConfig: {
    SLOT: { description: 'One of the expert’s open slots: book it with `bookSlot(offeringId, startsAt)`.' },
    HELP_NOW: { description: 'Help now while the expert is available: ask with `askForHelp(offeringId)`.' },
  },
});

export enum ProposalStatus {
  OPEN = 'OPEN',
  BOOKED = 'BOOKED',
  GONE = 'GONE',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Whether a proposal can still be taken.',
  valuesConfig: {
    OPEN: { description: 'It can be booked now.' },
    BOOKED: { description: 'The user booked it.' },
    GONE: { description: 'The slot was taken, has passed, or the expert is no longer available now.' },
  },
});

@ObjectType({ description: 'An image attached to a message, re-encoded without its metadata.' })
export class MessageImage {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Where the participants read it (their session cookie is needed).' })
  url!: string;

  @Field(() => Int, { description: 'Width in pixels.' })
  width!: number;

  @Field(() => Int, { description: 'Height in pixels.' })
  height!: number;
}

@ObjectType({ description: 'A link to a Skillcall offering (or one of its slots) in a message, resolved as a card.' })
export class MessageLinkCard {
  @Field(() => String, { description: 'The link as written.' })
  url!: string;

  @Field(() => ID, { description: 'The linked offering.' })
  offeringId!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The slot’s start, when the link names a slot.' })
  slotStartsAt!: Date | null;
}

@ObjectType({ description: 'An expert’s proposal in a conversation: one of their slots, or help now.' })
export class MessageProposal {
  @Field(() => ProposalKind, { description: 'A slot, or help now.' })
  kind!: ProposalKind;

  @Field(() => ID, { description: 'The offering proposed.' })
  offeringId!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The slot’s start (SLOT only).' })
  startsAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The slot’s end (SLOT only).' })
  endsAt!: Date | null;

  @Field(() => ProposalStatus, { description: 'Whether it can still be booked.' })
  status!: ProposalStatus;

  bookingId!: string | null;
}

@ObjectType({ description: 'One message of a conversation.' })
export class Message {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The conversation it belongs to.' })
  conversationId!: string;

  @Field(() => ConversationSide, { description: 'Which side wrote it.' })
  senderSide!: ConversationSide;

  @Field(() => Boolean, { description: 'True when the viewer wrote it.' })
  mine!: boolean;

  @Field(() => String, { description: 'The text (may be empty when the message is a proposal or images only).' })
  body!: string;

  @Field(() => [MessageImage], { description: 'Attached images (removed when their sender erased their account).' })
  images!: MessageImage[];

  @Field(() => [MessageLinkCard], { description: 'Links to Skillcall offerings and slots found in the text.' })
  cards!: MessageLinkCard[];

  @Field(() => MessageProposal, { nullable: true, description: 'The expert’s proposal, when the message is one.' })
  proposal!: MessageProposal | null;

  @Field(() => Boolean, { description: 'Whether the other side has read it.' })
  readByOther!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt!: Date;

  senderId!: string | null;
}

export const MessageConnection = ConnectionType(Message, 'Message', 'message, newest first');

@ObjectType({ description: 'The one conversation between a user and an expert, seen by one of them.' })
export class Conversation {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ConversationSide, { description: 'The viewer’s side.' })
  viewerSide!: ConversationSide;

  @Field(() => String, { description: 'The other side’s name (“Deleted user” once they erased their account).' })
  otherName!: string;

  @Field(() => Int, { description: 'Messages from the other side the viewer has not read.' })
  unreadCount!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Up to when the other side has read (read receipts).' })
  otherReadUpTo!: Date | null;

  @Field(() => Boolean, { description: 'The viewer blocked the other side.' })
  blockedByViewer!: boolean;

  @Field(() => Boolean, { description: 'The other side blocked the viewer.' })
  blockedByOther!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the last message was sent (or the conversation opened).' })
  lastMessageAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the conversation was opened.' })
  createdAt!: Date;

  userId!: string;
  expertId!: string;
  viewerId!: string;
  /** The stored row, for the field resolvers. */
  row!: ConversationRow;
}

export const ConversationConnection = ConnectionType(Conversation, 'Conversation', 'conversation, most recent first');

@InputType({ description: 'A message to send: into a conversation, or opening (or continuing) the one with an expert or a past client.' })
export class SendMessageInput {
  @Field(() => ID, { nullable: true, description: 'The conversation (give this, or `expertId`, or `userId`).' })
  conversationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user asking an expert: opens or continues the one conversation with them.' })
  expertId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An expert writing to a user: only to someone who booked with them before, or in a conversation they started.',
  })
  userId?: string | null;

  @Field(() => String, { description: 'The text, up to 2,000 characters, without contact details.' })
  body!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Images uploaded with `POST /messages/images` (JPEG, PNG or WebP up to 5 MB each; at most 4).',
  })
  imageIds?: string[] | null;
}

@InputType({ description: 'An expert proposes one of their open slots, or help now, in a conversation.' })
export class SendProposalInput {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId!: string;

  @Field(() => ID, { description: 'One of the expert’s published offerings.' })
  offeringId!: string;

  @Field(() => ProposalKind, { description: 'A slot or help now.' })
  kind!: ProposalKind;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The slot’s start, as given by `bookableSlots` (SLOT only).' })
  startsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A few words with it (optional), without contact details.' })
  body?: string | null;
}

@InputType({ description: 'Mark a conversation read up to now.' })
export class MarkConversationReadInput {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId!: string;
}

@InputType({ description: 'Block or unblock the other side of a conversation.' })
export class SetConversationBlockedInput {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId!: string;

  @Field(() => Boolean, { description: 'True to block (they can no longer write to you), false to unblock.' })
  blocked!: boolean;
}

@InputType({ description: 'Report a message to the moderators (the messages around it go with it).' })
export class ReportMessageInput {
  @Field(() => ID, { description: 'The message, written by the other side.' })
  messageId!: string;

  @Field(() => String, { description: 'Why, in a few words (up to 1,000 characters).' })
  reason!: string;
}

@ObjectType({ implements: DomainError, description: 'The viewer may not write there; `reason` says why.' })
export class MessagingNotAllowedError extends DomainError {
  override readonly code = ErrorCode.MESSAGING_NOT_ALLOWED;

  @Field(() => MessagingRefusal, { description: 'Why.' })
  reason!: MessagingRefusal;
}

@ObjectType({ implements: DomainError, description: 'The proposal cannot be made (see the code’s description).' })
export class ProposalNotPossibleError extends DomainError {
  override readonly code = ErrorCode.PROPOSAL_NOT_POSSIBLE;
}

@ObjectType({ description: 'The message was sent.' })
export class SendMessageSuccess {
  @Field(() => Message, { description: 'The message sent.' })
  sent!: Message;

  @Field(() => Conversation, { description: 'Its conversation, as it is now.' })
  conversation!: Conversation;
}

@ObjectType({ description: 'The conversation after the change.' })
export class ConversationSuccess {
  @Field(() => Conversation, { description: 'The conversation, as it is now.' })
  conversation!: Conversation;
}

@ObjectType({ description: 'The report was filed for the moderators.' })
export class ReportMessageSuccess {
  @Field(() => ID, { description: 'The report’s id.' })
  reportId!: string;
}

export enum MessagingEventKind {
  MESSAGE = 'MESSAGE',
  READ = 'READ',
  BLOCK = 'BLOCK',
}
registerEnumType(MessagingEventKind, {
  name: 'MessagingEventKind',
  description: 'What changed in a conversation.',
  valuesConfig: {
    MESSAGE: { description: 'A new message.' },
    READ: { description: 'A side read up to a point.' },
    BLOCK: { description: 'A side blocked or unblocked the other.' },
  },
});

@ObjectType({ description: 'A change in one of the viewer’s conversations.' })
export class MessagingEvent {
  @Field(() => MessagingEventKind, { description: 'What changed.' })
  kind!: MessagingEventKind;

  @Field(() => Conversation, { description: 'The conversation as it is now (for the viewer).' })
  conversation!: Conversation;

  @Field(() => Message, { nullable: true, description: 'The new message (MESSAGE only).' })
  message!: Message | null;

  @Field(() => Int, { description: 'The viewer’s unread messages over every conversation, now.' })
  unreadTotal!: number;
}

export const SendMessageResult = createUnionType({
  name: 'SendMessageResult',
  description: 'Outcome of sending a message.',
  types: () => [SendMessageSuccess, MessagingNotAllowedError, EmailNotVerifiedError, RateLimitedError, InvalidInputError] as const,
});

export const SendProposalResult = createUnionType({
  name: 'SendProposalResult',
  description: 'Outcome of proposing a slot or help now.',
  types: () => [SendMessageSuccess, MessagingNotAllowedError, ProposalNotPossibleError, RateLimitedError, InvalidInputError] as const,
});

export const ConversationChangeResult = createUnionType({
  name: 'ConversationChangeResult',
  description: 'Outcome of reading or blocking in a conversation.',
  types: () => [ConversationSuccess, MessagingNotAllowedError] as const,
});

export const ReportMessageResult = createUnionType({
  name: 'ReportMessageResult',
  description: 'Outcome of reporting a message.',
  types: () => [ReportMessageSuccess, MessagingNotAllowedError, ReportNotPossibleError, InvalidInputError] as const,
});
