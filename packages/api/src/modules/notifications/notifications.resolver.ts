import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context';
import { Public } from '../../platform/graphql/access';
import { DevMailboxArgs, EmailConnection } from './mail.types';
import { listDevMailbox } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  @Public()
  @Query(() => EmailConnection, {
    description: 'Emails recorded by the embedded mailer, newest first. Not available when a real mail transport is configured.',
  })
  devMailbox(@Args(() => DevMailboxArgs) args: DevMailboxArgs, @Ctx() ctx: Context) {
    return listDevMailbox(ctx, args);
  }
}
