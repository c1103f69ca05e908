import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { User } from '../identity/identity.types';
import { findUser } from '../identity/identity.service';
import { expertById, offeringWithExpert } from '../experts/expert.service';
import { Expert } from '../experts/expert.types';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit.types';
import { browseAuditLog } from './audit.service';

@Resolver(() => AuditEntry)
export class ModerationResolver {
  @SignedIn('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'Admin actions, newest first. Admins only.' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: SignedInContext) {
    return browseAuditLog(ctx, args);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who acted (null if the account was deleted).' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? findUser(ctx, entry.actorId) : null;
  }

  @FieldResolver(() => Expert, {
    nullable: true,
    description: 'The expert acted on, or whose offering it was; null for other records and for experts since deleted.',
  })
  async expert(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    if (entry.targetType === 'expert') return expertById(ctx, entry.targetId);
    if (entry.targetType !== 'offering') return null;
    const found = await offeringWithExpert(ctx, entry.targetId);
    return found ? expertById(ctx, found.expert.id) : null;
  }
}
