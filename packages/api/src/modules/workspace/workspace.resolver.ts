import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/context';
import { Booking } from '../bookings/booking.types';
import { Workspace } from './workspace.types';
import { workspaceOfBooking } from './workspace.service';

@Resolver(() => Booking)
export class BookingWorkspaceResolver {
  @FieldResolver(() => Workspace, {
    nullable: true,
    description:
      'The booking’s shared workspace, for its two participants signed in with their session, from confirmation to 30 ' +
      'days after the end (null for anyone else, admins and partner keys included).',
  })
  workspace(@Root() booking: Booking, @Ctx() ctx: Context) {
    return workspaceOfBooking(ctx, booking.id);
  }
}
