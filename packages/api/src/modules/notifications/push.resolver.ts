import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { Public, SignedIn } from '../../platform/graphql/access';
import { User } from '../identity/identity.types';
import { PushDevice, PushSettings, RegisterPushDeviceInput, RegisterPushDeviceResult, RemovePushDeviceSuccess } from './push.types';
import { pushSettings, registerPushDevice, removePushDevice, removePushDeviceById, viewerPushDevices } from './push.service';

@Resolver(() => User)
export class PushResolver {
  @Public()
  @Query(() => PushSettings, { description: 'Whether this server sends push notifications, and the VAPID public key to subscribe with.' })
  pushSettings(@Ctx() ctx: Context) {
    return pushSettings(ctx);
  }

  @FieldResolver(() => [PushDevice], {
    nullable: true,
    description: 'The devices that receive this account’s push notifications, oldest first; the owner only (null for others).',
  })
  pushDevices(@Root() user: User, @Ctx() ctx: Context) {
    return viewerPushDevices(ctx, user.id);
  }

  @SignedIn()
  @Mutation(() => RegisterPushDeviceResult, {
    description: 'Receive push notifications on this browser: its subscription joins the viewer’s devices (a known endpoint is updated).',
  })
  registerPushDevice(@Arg('input', () => RegisterPushDeviceInput) input: RegisterPushDeviceInput, @Ctx() ctx: SignedInContext) {
    return registerPushDevice(ctx, input);
  }

  @SignedIn()
  @Mutation(() => RemovePushDeviceSuccess, {
    description:
      'Stop push notifications to the device with this endpoint (the browser unsubscribed); removed is false when it was not the viewer’s.',
  })
  removePushDevice(
    @Arg('endpoint', () => String, { description: 'The subscription’s endpoint.' }) endpoint: string,
    @Ctx() ctx: SignedInContext,
  ) {
    return removePushDevice(ctx, endpoint);
  }

  @SignedIn()
  @Mutation(() => RemovePushDeviceSuccess, { description: 'Remove one of the viewer’s push devices from the settings page.' })
  removePushDeviceById(
    @Arg('id', () => ID, { description: 'The device’s id (`me.pushDevices`).' }) id: string,
    @Ctx() ctx: SignedInContext,
  ) {
    return removePushDeviceById(ctx, id);
  }
}
