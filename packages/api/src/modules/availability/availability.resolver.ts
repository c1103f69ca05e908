import { liveEvents } from '../../platform/graphql/live-events';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Expert } from '../experts/expert.types';
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { Public, SignedIn } from '../../platform/graphql/access';
import { myAvailability, updateAvailability } from './availability.service';
import {
  ExpertAvailability,
  ExpertPresenceEvent,
  ExpertSlotsEvent,
  MyPresence,
  SetAvailableNowInput,
  UpdateAvailabilityInput,
  UpdateAvailabilityResult,
} from './availability.types';
import { availableNow, myPresence, presenceTopic, setAvailableNow } from './presence.service';
import { slotsTopic } from './slots-events';

@ArgsType()
class PresenceArgs {
  @Field(() => [ID], { description: 'The experts to watch (at most 100), e.g. those on a page of search results.' })
  expertIds!: string[];
}

@ArgsType()
class SlotsArgs {
  @Field(() => ID, { description: 'The expert whose slots a picker shows (`BookableSlots.expertId`).' })
  expertId!: string;
}

@Resolver()
export class AvailabilityResolver {
  @SignedIn('EXPERT')
  @Query(() => ExpertAvailability, { description: 'The signed-in expert’s availability.' })
  myAvailability(@Ctx() ctx: SignedInContext) {
    return myAvailability(ctx);
  }

  @SignedIn('EXPERT')
  @Mutation(() => UpdateAvailabilityResult, {
    description: 'Replace the signed-in expert’s availability (weekly windows, exceptions, buffers, notice, cap).',
  })
  updateAvailability(@Arg('input', () => UpdateAvailabilityInput) input: UpdateAvailabilityInput, @Ctx() ctx: SignedInContext) {
    return updateAvailability(ctx, input);
  }

  @SignedIn('EXPERT')
  @Query(() => MyPresence, { description: 'The signed-in expert’s "available now" switch and what users see.' })
  myPresence(@Ctx() ctx: SignedInContext) {
    return myPresence(ctx);
  }

  @SignedIn('EXPERT')
  @Mutation(() => MyPresence, {
    description: 'Turn "available now" on or off. It shows only while the expert console is open (see `expertConsole`).',
  })
  setAvailableNow(@Arg('input', () => SetAvailableNowInput) input: SetAvailableNowInput, @Ctx() ctx: SignedInContext) {
    return setAvailableNow(ctx, input.available);
  }

  @Public()
  @Subscription(() => ExpertPresenceEvent, {
    description: 'Live "available now" changes of the given experts (badges on search results and profiles).',
    subscribe: ({ args, context }) => {
      const ids = [...new Set((args as PresenceArgs).expertIds)];
      if (ids.length > 100) throw new AppError('BAD_USER_INPUT', 'Watch at most 100 experts per subscription.');
      return liveEvents(context as Context, ids.map(presenceTopic));
    },
  })
  expertPresenceChanged(@Args(() => PresenceArgs) _args: PresenceArgs, @Root() event: ExpertPresenceEvent): ExpertPresenceEvent {
    return event;
  }

  @Public()
  @Subscription(() => ExpertSlotsEvent, {
    description: 'Live changes to an expert’s bookable slots (schedule edited, time booked or given back): refetch `bookableSlots`.',
    subscribe: ({ args, context }) => liveEvents(context as Context, [slotsTopic((args as SlotsArgs).expertId)]),
  })
  expertSlotsChanged(@Args(() => SlotsArgs) _args: SlotsArgs, @Root() event: ExpertSlotsEvent): ExpertSlotsEvent {
    return event;
  }
}

@Resolver(() => Expert)
export class ExpertPresenceResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the expert can take a "help me now" request at this moment (live: `expertPresenceChanged`).',
  })
  availableNow(@Root() expert: Expert, @Ctx() ctx: Context) {
    return availableNow(ctx, expert.id);
  }
}
