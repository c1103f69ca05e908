import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { Public, SignedIn } from '../../platform/graphql/access';
import { DevMailboxArgs, EmailConnection, MailDeliveryInfo, UndeliveredEmailConnection } from './mail.types';
import { listDevMailbox, listUndeliveredMail, mailDeliveryInfo } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  @Public()
  @Query(() => EmailConnection, {
    description: 'Emails recorded by the embedded mailer, newest first. Not available when a real mail transport is configured.',
  })
  devMailbox(@Args(() => DevMailboxArgs) args: DevMailboxArgs, @Ctx() ctx: Context) {
    return listDevMailbox(ctx, args);
  }

  @Public()
  @Query(() => MailDeliveryInfo, { description: 'How this Skillcall delivers its email (sent over SMTP, or kept in the dev mailbox).' })
  mailDelivery(@Ctx() ctx: Context) {
    return Object.assign(new MailDeliveryInfo(), mailDeliveryInfo(ctx));
  }

  @SignedIn('ADMIN')
  @Query(() => UndeliveredEmailConnection, {
    description:
      'Emails the mail server refused or that every attempt failed to deliver, and those still queued an hour after they were written, newest first. Admins only.',
  })
  undeliveredEmails(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SignedInContext) {
    return listUndeliveredMail(ctx, args);
  }
}
