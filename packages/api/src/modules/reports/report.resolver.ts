import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { expertById } from '../experts/expert.service';
import { Expert } from '../experts/expert.types';
import { reviewForModeration } from '../reviews/review.service';
import { Review } from '../reviews/review.types';
import { WorkspaceSnapshot } from '../workspace/workspace.types';
import {
  decideReport,
  reportContent,
  reportQueue,
  reportMessageContext,
  reportWorkspaceSnapshot,
  viewerMayReportReview,
} from './report.service';
import {
  ReportKind,
  ReportedMessageLine,
  ContentReport,
  ContentReportConnection,
  DecideReportInput,
  DecideReportResult,
  ReportContentInput,
  ReportContentResult,
  ReportStatus,
} from './report.types';

@ArgsType()
class ContentReportsArgs extends ConnectionArgs {
  @Field(() => ReportStatus, { defaultValue: ReportStatus.OPEN, description: 'Which reports: open ones by default.' })
  status!: ReportStatus;
}

@Resolver(() => ContentReport)
export class ReportResolver {
  @SignedIn()
  @Mutation(() => ReportContentResult, { description: 'Report a review or an expert profile to the admins.' })
  reportContent(@Arg('input', () => ReportContentInput) input: ReportContentInput, @Ctx() ctx: SignedInContext) {
    return reportContent(ctx, input);
  }

  @SignedIn('ADMIN')
  @Query(() => ContentReportConnection, { description: 'Reports of reviews and profiles, oldest first. Admins only.' })
  contentReports(@Args(() => ContentReportsArgs) args: ContentReportsArgs, @Ctx() ctx: SignedInContext) {
    return reportQueue(ctx, args.status, args);
  }

  @SignedIn('ADMIN')
  @Mutation(() => DecideReportResult, { description: 'Hide the reported content or keep it, with a note (audit-logged). Admins only.' })
  decideContentReport(@Arg('input', () => DecideReportInput) input: DecideReportInput, @Ctx() ctx: SignedInContext) {
    return decideReport(ctx, input);
  }

  @FieldResolver(() => Review, {
    nullable: true,
    description: 'The reported review as written (hidden ones too); null for a reported profile.',
  })
  async review(@Root() report: ContentReport, @Ctx() ctx: Context) {
    return report.kind === ReportKind.REVIEW ? ((await reviewForModeration(ctx, report.targetId))?.review ?? null) : null;
  }

  @FieldResolver(() => WorkspaceSnapshot, {
    nullable: true,
    description: 'The session workspace the reporter attached, as it was when reported. Admins only (null for others).',
  })
  workspaceSnapshot(@Root() report: ContentReport, @Ctx() ctx: Context) {
    return reportWorkspaceSnapshot(ctx, report.id);
  }

  @FieldResolver(() => [ReportedMessageLine], {
    nullable: true,
    description:
      'A reported message with the messages around it, as they were when reported. Admins only (null for others and other kinds).',
  })
  async messageContext(@Root() report: ContentReport, @Ctx() ctx: Context) {
    const lines = report.kind === ReportKind.MESSAGE ? await reportMessageContext(ctx, report.id) : null;
    return lines?.map((line) => ({ ...line, createdAt: new Date(line.createdAt) })) ?? null;
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'The reported expert, or the expert the reported review is about.' })
  async expert(@Root() report: ContentReport, @Ctx() ctx: Context) {
    const expertId = report.kind === ReportKind.EXPERT ? report.targetId : (await reviewForModeration(ctx, report.targetId))?.expertId;
    return expertId ? expertById(ctx, expertId) : null;
  }
}

@Resolver(() => Review)
export class ReviewReportResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may report this review: signed in, and neither its author nor the expert it is about.',
  })
  viewerCanReport(@Root() review: Review, @Ctx() ctx: Context) {
    return viewerMayReportReview(ctx, review);
  }
}
