import { Arg, Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { decideReport, reportContent, reportQueue } from './report.service';
import { ContentReport, ContentReportConnection, DecideReportInput, DecideReportResult, ReportContentInput, ReportContentResult, ReportStatus } from './report.types';

@ArgsType()
class ContentReportsArgs extends ConnectionArgs {
  @Field(() => ReportStatus, { defaultValue: ReportStatus.OPEN, description: 'Which reports: open ones by default.' })
  status!: ReportStatus;
}

@Resolver(() => ContentReport)
export class ReportResolver {
  @SignedIn()
  @Mutation(() => ReportContentResult, { description: 'Report a review or an expert profile to the admins.' })
  reportContent(@Arg('input', () => ReportContentInput) input: ReportContentInput, @Ctx() ctx: Context) {
    return reportContent(ctx, input);
  }

  @SignedIn('ADMIN')
  @Query(() => ContentReportConnection, { description: 'Reports of reviews and profiles, oldest first. Admins only.' })
  contentReports(@Args(() => ContentReportsArgs) args: ContentReportsArgs, @Ctx() ctx: Context) {
    return reportQueue(ctx, args.status, args);
  }

  @SignedIn('ADMIN')
  @Mutation(() => DecideReportResult, { description: 'Hide the reported content or keep it, with a note (audit-logged). Admins only.' })
  decideContentReport(@Arg('input', () => DecideReportInput) input: DecideReportInput, @Ctx() ctx: Context) {
    return decideReport(ctx, input);
  }
}
