import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { PartnerScope, SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { liveEvents } from '../../platform/graphql/live-events';
import { Booking } from '../bookings/booking.types';
import { bookingById } from '../bookings/booking.service';
import { Expert, Offering } from '../experts/expert.types';
import { bookedOffering, expertById } from '../experts/expert.service';
import {
  Conversation,
  ConversationChangeResult,
  ConversationConnection,
  MarkConversationReadInput,
  Message,
  MessageConnection,
  MessageLinkCard,
  MessageProposal,
  MessagingEvent,
  ReportMessageInput,
  ReportMessageResult,
  SendMessageInput,
  SendMessageResult,
  SendProposalInput,
  SendProposalResult,
  SetConversationBlockedInput,
} from './message.types';
import { inboxTopic, type InboxEvent } from './message.events';
import {
  conversationFor,
  conversationWithExpert,
  lastMessageOf,
  markConversationRead,
  messagePageSize,
  messagesOf,
  messagingEventFor,
  myConversations,
  setConversationBlocked,
  unreadTotal,
} from './message.service';
import { reportMessage } from './message-report';
import { sendMessage, sendProposal } from './send-message';
import { typicalReplyMinutes } from './reply-time.service';

@Resolver(() => Conversation)
export class ConversationResolver {
  @SignedIn()
  @PartnerScope('MESSAGES')
  @Query(() => ConversationConnection, { description: 'The viewer’s conversations, most recent first. Partner keys: MESSAGES.' })
  conversations(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SignedInContext) {
    return myConversations(ctx, args);
  }

  @SignedIn()
  @PartnerScope('MESSAGES')
  @Query(() => Conversation, { nullable: true, description: 'One of the viewer’s conversations. Partner keys: MESSAGES.' })
  conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: SignedInContext) {
    return conversationFor(ctx, id);
  }

  @SignedIn()
  @PartnerScope('MESSAGES')
  @Query(() => Conversation, {
    nullable: true,
    description: 'The viewer’s conversation with an expert, if they have one (null until the first message). Partner keys: MESSAGES.',
  })
  conversationWithExpert(@Arg('expertId', () => ID) expertId: string, @Ctx() ctx: SignedInContext) {
    return conversationWithExpert(ctx, expertId);
  }

  @SignedIn()
  @PartnerScope('MESSAGES')
  @Query(() => Int, { description: 'Messages the viewer has not read, over every conversation. Partner keys: MESSAGES.' })
  unreadMessageCount(@Ctx() ctx: SignedInContext) {
    return unreadTotal(ctx);
  }

  @SignedIn()
  @PartnerScope('MESSAGES')
  @Mutation(() => SendMessageResult, {
    description:
      'Send a message: a user to an expert (opening or continuing their one conversation), an expert in a conversation a user started or to someone who booked with them. Partner keys: MESSAGES.',
  })
  sendMessage(@Arg('input', () => SendMessageInput) input: SendMessageInput, @Ctx() ctx: SignedInContext) {
    return sendMessage(ctx, input);
  }

  @SignedIn('EXPERT')
  @PartnerScope('MESSAGES')
  @Mutation(() => SendProposalResult, {
    description: 'The expert proposes one of their open slots, or help now while available, in a conversation. Partner keys: MESSAGES.',
  })
  sendProposal(@Arg('input', () => SendProposalInput) input: SendProposalInput, @Ctx() ctx: SignedInContext) {
    return sendProposal(ctx, input);
  }

  @SignedIn()
  @PartnerScope('MESSAGES')
  @Mutation(() => ConversationChangeResult, { description: 'Mark a conversation read up to now (read receipts). Partner keys: MESSAGES.' })
  markConversationRead(@Arg('input', () => MarkConversationReadInput) input: MarkConversationReadInput, @Ctx() ctx: SignedInContext) {
    return markConversationRead(ctx, input);
  }

  @SignedIn()
  @Mutation(() => ConversationChangeResult, {
    description: 'Block (or unblock) the other side: they can no longer write to you. Booking stays possible unless the expert blocks.',
  })
  setConversationBlocked(@Arg('input', () => SetConversationBlockedInput) input: SetConversationBlockedInput, @Ctx() ctx: SignedInContext) {
    return setConversationBlocked(ctx, input);
  }

  @SignedIn()
  @Mutation(() => ReportMessageResult, { description: 'Report the other side’s message to the moderators, with the messages around it.' })
  reportMessage(@Arg('input', () => ReportMessageInput) input: ReportMessageInput, @Ctx() ctx: SignedInContext) {
    return reportMessage(ctx, input);
  }

  @SignedIn()
  @PartnerScope('MESSAGES')
  @Subscription(() => MessagingEvent, {
    description: 'Live changes in the viewer’s conversations: new messages, read receipts, blocks. Partner keys: MESSAGES.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
      return liveEvents(ctx, inboxTopic(ctx.viewer.userId));
    },
  })
  async messagingEvents(@Root() event: InboxEvent, @Ctx() ctx: SignedInContext): Promise<MessagingEvent> {
    return messagingEventFor(ctx, event);
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'The expert of the conversation.' })
  expert(@Root() conversation: Conversation, @Ctx() ctx: Context) {
    return expertById(ctx, conversation.expertId);
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The latest message.' })
  lastMessage(@Root() conversation: Conversation, @Ctx() ctx: Context) {
    return lastMessageOf(ctx, conversation);
  }

  @FieldResolver(() => MessageConnection, {
    description: `The messages, newest first (page backwards with \`after\`), up to ${messagePageSize.maxPageSize} a page.`,
  })
  @Extensions(messagePageSize)
  messages(@Root() conversation: Conversation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return messagesOf(ctx, conversation, args);
  }
}

@Resolver(() => MessageProposal)
export class MessageProposalResolver {
  @FieldResolver(() => Offering, { nullable: true, description: 'The offering proposed (null if no longer published).' })
  offering(@Root() proposal: MessageProposal, @Ctx() ctx: Context) {
    return bookedOffering(ctx, proposal.offeringId);
  }

  @FieldResolver(() => Booking, { nullable: true, description: 'The booking made from it (BOOKED only, for its participants).' })
  booking(@Root() proposal: MessageProposal, @Ctx() ctx: Context) {
    return proposal.bookingId ? bookingById(ctx, proposal.bookingId) : null;
  }
}

@Resolver(() => MessageLinkCard)
export class MessageLinkCardResolver {
  @FieldResolver(() => Offering, { nullable: true, description: 'The linked offering (null if no longer published).' })
  offering(@Root() card: MessageLinkCard, @Ctx() ctx: Context) {
    return bookedOffering(ctx, card.offeringId);
  }
}

@Resolver(() => Expert)
export class ExpertReplyTimeResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The expert’s typical reply time to a first message, in minutes (median over 90 days); null under 5 conversations.',
  })
  typicalReplyMinutes(@Root() expert: Expert, @Ctx() ctx: Context) {
    return typicalReplyMinutes(ctx, expert.id);
  }
}
