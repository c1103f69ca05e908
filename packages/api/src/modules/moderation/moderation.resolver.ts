import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { User } from '../identity/identity.types';
import { findUser } from '../identity/identity.service';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit.types';
import { browseAuditLog } from './audit.service';

@Resolver(() => AuditEntry)
export class ModerationResolver {
  @SignedIn('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'Admin actions, newest first. Admins only.' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    return browseAuditLog(ctx, args);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who acted (null if the account was deleted).' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? findUser(ctx, entry.actorId) : null;
  }
}
