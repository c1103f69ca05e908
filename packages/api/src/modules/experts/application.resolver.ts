import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { User } from '../identity/identity.types';
import { findUser } from '../identity/identity.service';
import { decideApplication, moderationQueue } from './application.decision';
import { applicationById, myLatestApplication, saveApplicationDraft, submitApplication, withdrawApplication } from './application.service';
import {
  ApplicationIdInput,
  ApplicationKind,
  ApplicationResult,
  ApplicationStatus,
  DecideApplicationInput,
  ExpertApplication,
  ExpertApplicationConnection,
  SaveApplicationInput,
} from './application.types';

@ArgsType()
class ModerationQueueArgs extends ConnectionArgs {
  @Field(() => [ApplicationStatus], { nullable: true, description: 'Statuses to list (default: SUBMITTED). Drafts are never listed.' })
  statuses?: ApplicationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only applications choosing this category.' })
  categoryId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only applications submitted at least this many hours ago.' })
  minAgeHours?: number | null;

  @Field(() => ApplicationKind, { nullable: true, description: 'Only first applications, or only edits.' })
  kind?: ApplicationKind | null;
}

@Resolver(() => ExpertApplication)
export class ApplicationResolver {
  @SignedIn()
  @Query(() => ExpertApplication, { nullable: true, description: 'The signed-in user’s latest expert application, if any.' })
  myApplication(@Ctx() ctx: SignedInContext) {
    return myLatestApplication(ctx);
  }

  @SignedIn()
  @Query(() => ExpertApplication, { description: 'An application; for its applicant and admins.' })
  application(@Arg('id', () => ID) id: string, @Ctx() ctx: SignedInContext) {
    return applicationById(ctx, id);
  }

  @SignedIn('ADMIN')
  @Query(() => ExpertApplicationConnection, { description: 'Applications and pending edits to review, oldest first. Admins only.' })
  moderationQueue(@Args(() => ModerationQueueArgs) args: ModerationQueueArgs, @Ctx() ctx: SignedInContext) {
    const statuses = args.statuses?.length ? args.statuses : [ApplicationStatus.SUBMITTED];
    const submittedBefore = args.minAgeHours ? new Date(ctx.clock.now().getTime() - args.minAgeHours * 3_600_000) : undefined;
    return moderationQueue(
      ctx,
      { statuses, categoryId: args.categoryId ?? undefined, submittedBefore, kind: args.kind ?? undefined },
      args,
    );
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who applied.' })
  applicant(@Root() application: ExpertApplication, @Ctx() ctx: Context) {
    return findUser(ctx, application.userId);
  }

  @SignedIn()
  @Mutation(() => ApplicationResult, {
    description: 'Save the signed-in user’s application draft (created if none is open). An approved expert saving starts an edit.',
  })
  saveApplicationDraft(@Arg('input', () => SaveApplicationInput) input: SaveApplicationInput, @Ctx() ctx: SignedInContext) {
    return saveApplicationDraft(ctx, input);
  }

  @SignedIn()
  @Mutation(() => ApplicationResult, { description: 'Send a complete draft to the moderation queue.' })
  submitApplication(@Arg('input', () => ApplicationIdInput) input: ApplicationIdInput, @Ctx() ctx: SignedInContext) {
    return submitApplication(ctx, input.applicationId);
  }

  @SignedIn()
  @Mutation(() => ApplicationResult, { description: 'Take a submitted application back to draft, to change it.' })
  withdrawApplication(@Arg('input', () => ApplicationIdInput) input: ApplicationIdInput, @Ctx() ctx: SignedInContext) {
    return withdrawApplication(ctx, input.applicationId);
  }

  @SignedIn('ADMIN')
  @Mutation(() => ApplicationResult, { description: 'Approve a submitted application: its profile and offerings go public. Admins only.' })
  approveApplication(@Arg('input', () => DecideApplicationInput) input: DecideApplicationInput, @Ctx() ctx: SignedInContext) {
    return decideApplication(ctx, input, 'APPROVED');
  }

  @SignedIn('ADMIN')
  @Mutation(() => ApplicationResult, { description: 'Reject a submitted application, with a reason. Admins only.' })
  rejectApplication(@Arg('input', () => DecideApplicationInput) input: DecideApplicationInput, @Ctx() ctx: SignedInContext) {
    return decideApplication(ctx, input, 'REJECTED');
  }

  @SignedIn('ADMIN')
  @Mutation(() => ApplicationResult, { description: 'Ask the applicant for changes, with a reason. Admins only.' })
  requestApplicationChanges(@Arg('input', () => DecideApplicationInput) input: DecideApplicationInput, @Ctx() ctx: SignedInContext) {
    return decideApplication(ctx, input, 'CHANGES_REQUESTED');
  }
}
