import { liveEvents } from '../../platform/graphql/live-events';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { SignedIn } from '../../platform/graphql/access';
import { MyPresence } from '../availability/availability.types';
import { myPresence, openConsole, presenceTopic } from '../availability/presence.service';
import { Booking } from '../bookings/booking.types';
import { bookingById } from '../bookings/booking.service';
import { bookedOffering, requireOwnExpert } from '../experts/expert.service';
import { Offering } from '../experts/expert.types';
import { User } from '../identity/identity.types';
import { findUser } from '../identity/identity.service';
import { findHelpRequest } from './help-request.queries';
import { answerHelpRequest, askForHelp, cancelHelpRequest, helpRequestFor, incomingHelpRequests } from './help-request.service';
import { queueTopic, requestTopic } from './help-request.queue';
import { AnswerHelpRequestInput, AskForHelpInput, AskForHelpResult, HelpRequest, HelpRequestChangeResult } from './help-request.types';

@ObjectType({ description: 'The expert console: what an available expert sees, live.' })
class ExpertConsole {
  @Field(() => MyPresence, { description: 'The switch and what users see.' })
  presence!: MyPresence;

  @Field(() => [HelpRequest], { description: 'Waiting requests, first come first served; the first one rings.' })
  incoming!: HelpRequest[];
}

/**
 * The console's stream: opening it registers a live connection (what keeps "available now" on), it yields once at
 * once and then on every change to the expert's queue or presence, and closing it removes the connection.
 */
function consoleStream(ctx: Context): AsyncIterableIterator<unknown> {
  const opened = requireOwnExpert(ctx).then(async (expert) => ({
    events: liveEvents(ctx, [queueTopic(expert.id), presenceTopic(expert.id)]),
    console: await openConsole(ctx, expert.id),
  }));
  let first = true;
  const stream: AsyncIterableIterator<unknown> = {
    next: async () => {
      const { events } = await opened;
      if (first) {
        first = false;
        return { value: {}, done: false };
      }
      return events.next();
    },
    return: async () => {
      const { events, console } = await opened;
      // At shutdown the pool may already be closed: the sweep on another instance then turns the expert offline.
      await console.close().catch((error: unknown) => ctx.logger.warn({ err: error }, 'closing an expert console failed'));
      return events.return();
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}

@Resolver(() => HelpRequest)
export class HelpRequestResolver {
  @SignedIn()
  @Mutation(() => AskForHelpResult, { description: 'Ask an available expert for help now: you join their queue.' })
  askForHelp(@Arg('input', () => AskForHelpInput) input: AskForHelpInput, @Ctx() ctx: SignedInContext) {
    return askForHelp(ctx, input);
  }

  @SignedIn()
  @Mutation(() => HelpRequestChangeResult, { description: 'Stop waiting.' })
  cancelHelpRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: SignedInContext) {
    return cancelHelpRequest(ctx, id);
  }

  @SignedIn('EXPERT')
  @Mutation(() => HelpRequestChangeResult, { description: 'Accept (a session starts now) or decline a waiting request.' })
  answerHelpRequest(@Arg('input', () => AnswerHelpRequestInput) input: AnswerHelpRequestInput, @Ctx() ctx: SignedInContext) {
    return answerHelpRequest(ctx, input);
  }

  @SignedIn()
  @Query(() => HelpRequest, { nullable: true, description: 'A request, for the user who made it and the expert.' })
  helpRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: SignedInContext) {
    return helpRequestFor(ctx, id);
  }

  @SignedIn()
  @Subscription(() => HelpRequest, {
    description: 'Live changes to one of the viewer’s requests: place in the queue, answer, lapse.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const request = await findHelpRequest(ctx.db, (args as { id: string }).id);
      if (!ctx.viewer || !request || request.userId !== ctx.viewer.userId) throw new AppError('NOT_FOUND', 'No such request.');
      return liveEvents(ctx, [requestTopic(request.id), queueTopic(request.expertId)]);
    },
  })
  async helpRequestChanged(@Arg('id', () => ID) id: string, @Ctx() ctx: SignedInContext) {
    return (await helpRequestFor(ctx, id)) ?? Promise.reject(new AppError('NOT_FOUND', 'No such request.'));
  }

  @SignedIn('EXPERT')
  @Subscription(() => ExpertConsole, {
    description:
      'The expert console. While it is open the expert counts as connected: "available now" shows only then (and for 30 seconds after it drops at most).',
    subscribe: ({ context }) => consoleStream(context as Context),
  })
  async expertConsole(@Ctx() ctx: SignedInContext): Promise<ExpertConsole> {
    const expert = await requireOwnExpert(ctx);
    const [presence, incoming] = await Promise.all([myPresence(ctx), incomingHelpRequests(ctx, expert.id)]);
    return { presence, incoming };
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who asks (for the expert).' })
  user(@Root() request: HelpRequest, @Ctx() ctx: Context) {
    return findUser(ctx, request.userId);
  }

  @FieldResolver(() => Offering, { nullable: true, description: 'The offering the help is about.' })
  offering(@Root() request: HelpRequest, @Ctx() ctx: Context) {
    return bookedOffering(ctx, request.offeringId);
  }

  @FieldResolver(() => Booking, { nullable: true, description: 'The session, once accepted.' })
  booking(@Root() request: HelpRequest, @Ctx() ctx: Context) {
    return request.bookingId ? bookingById(ctx, request.bookingId) : null;
  }
}
