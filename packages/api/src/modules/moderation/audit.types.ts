import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../platform/graphql/connection';
import { GraphQLJSONObject } from 'graphql-scalars';

export enum AuditAction {
  APPLICATION_APPROVED = 'APPLICATION_APPROVED',
  APPLICATION_REJECTED = 'APPLICATION_REJECTED',
  APPLICATION_CHANGES_REQUESTED = 'APPLICATION_CHANGES_REQUESTED',
  EXPERT_SUSPENDED = 'EXPERT_SUSPENDED',
  EXPERT_REINSTATED = 'EXPERT_REINSTATED',
  OFFERING_UNPUBLISHED = 'OFFERING_UNPUBLISHED',
  OFFERING_REPUBLISHED = 'OFFERING_REPUBLISHED',
  CATEGORY_CREATED = 'CATEGORY_CREATED',
  CATEGORY_UPDATED = 'CATEGORY_UPDATED',
  REFUND_GRANTED = 'REFUND_GRANTED',
  REFUND_DECLINED = 'REFUND_DECLINED',
  REVIEW_HIDDEN = 'REVIEW_HIDDEN',
  REPORT_DISMISSED = 'REPORT_DISMISSED',
  ACCOUNT_DELETED = 'ACCOUNT_DELETED',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an admin did (or, for ACCOUNT_DELETED, a person did to their own account).',
  valuesConfig: {
    APPLICATION_APPROVED: { description: 'Approved an expert application.' },
    APPLICATION_REJECTED: { description: 'Rejected an expert application.' },
    APPLICATION_CHANGES_REQUESTED: { description: 'Asked an applicant for changes.' },
    EXPERT_SUSPENDED: { description: 'Hid an expert.' },
    EXPERT_REINSTATED: { description: 'Made a suspended expert visible again.' },
    OFFERING_UNPUBLISHED: { description: 'Hid an offering.' },
    OFFERING_REPUBLISHED: { description: 'Made an unpublished offering visible again.' },
    CATEGORY_CREATED: { description: 'Added a category.' },
    CATEGORY_UPDATED: { description: 'Renamed or moved a category.' },
    REFUND_GRANTED: { description: 'Granted a refund request sent to review.' },
    REFUND_DECLINED: { description: 'Declined a refund request sent to review.' },
    REVIEW_HIDDEN: { description: 'Hid a reported review.' },
    REPORT_DISMISSED: { description: 'Kept reported content visible.' },
    ACCOUNT_DELETED: { description: 'A person deleted their own account (recorded without personal data).' },
  },
});

@ObjectType({ description: 'One admin action, as recorded in the append-only audit log.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => AuditAction, { description: 'What was done.' })
  action!: AuditAction;

  @Field(() => String, { description: 'The kind of record acted on (application, expert, offering, category).' })
  targetType!: string;

  @Field(() => ID, { description: 'The record acted on.' })
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'The reason given.' })
  reason!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details of the action (e.g. the fields changed).' })
  details!: Record<string, unknown>;

  @Field(() => GraphQLISODateTime, { description: 'When it was done.' })
  createdAt!: Date;

  actorId!: string | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry', 'audit log entry');

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditAction, { nullable: true, description: 'Only this kind of action.' })
  action?: AuditAction | null;

  @Field(() => ID, { nullable: true, description: 'Only actions on this record.' })
  targetId?: string | null;
}
