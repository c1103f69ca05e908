import { Field, GraphQLISODateTime, ID, Int, InputType, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '../../error-codes';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';

@ObjectType({ description: 'What a browser needs to subscribe to push notifications from this server.' })
export class PushSettings {
  @Field(() => String, {
    nullable: true,
    description:
      'The VAPID public key (base64url, uncompressed P-256 point): the `applicationServerKey` of `pushManager.subscribe`. Null when push is off.',
  })
  publicKey!: string | null;

  @Field(() => Boolean, { description: 'Whether this server sends push notifications at all (VAPID keys configured, `PUSH` not off).' })
  enabled!: boolean;
}

@ObjectType({ description: 'A browser or phone of the signed-in account that receives push notifications.' })
export class PushDevice {
  @Field(() => ID, { description: 'Stable identifier (remove it with `removePushDeviceById`).' })
  id!: string;

  @Field(() => String, {
    description:
      'SHA-256 of the subscription’s endpoint, base64url without padding: a browser hashes its own `PushSubscription.endpoint` the same way to find itself in the list (the endpoint itself is never returned).',
  })
  endpointHash!: string;

  @Field(() => String, { nullable: true, description: 'The name given when it was registered (e.g. "Pixel 7"); null if none.' })
  label!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was first registered.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a push last reached its push service; null if never.' })
  lastUsedAt!: Date | null;
}

@InputType({ description: 'A browser’s push subscription (`PushSubscription.toJSON()`), to receive push notifications on it.' })
export class RegisterPushDeviceInput {
  @Field(() => String, { description: 'The subscription’s `endpoint`: the push service URL (https).' })
  endpoint!: string;

  @Field(() => String, { description: 'The subscription’s `keys.p256dh`: the device’s P-256 public key, base64url.' })
  p256dh!: string;

  @Field(() => String, { description: 'The subscription’s `keys.auth`: its 16-byte authentication secret, base64url.' })
  auth!: string;

  @Field(() => String, { nullable: true, description: 'A name for the device shown in the settings (at most 80 characters).' })
  label?: string | null;
}

@ObjectType({ description: 'The device as registered (a known endpoint is updated, not added twice).' })
export class PushDeviceSuccess {
  @Field(() => PushDevice, { description: 'The device.' })
  device!: PushDevice;
}

@ObjectType({
  implements: DomainError,
  description: 'The endpoint is not an https URL (http is accepted on loopback outside production); nothing was saved.',
})
export class InvalidPushEndpointError extends DomainError {
  override readonly code = ErrorCode.INVALID_PUSH_ENDPOINT;
}

@ObjectType({ implements: DomainError, description: 'The account already has as many push devices as allowed; nothing was saved.' })
export class TooManyPushDevicesError extends DomainError {
  override readonly code = ErrorCode.TOO_MANY_PUSH_DEVICES;

  @Field(() => Int, { description: 'The most devices one account may register.' })
  limit!: number;
}

export const RegisterPushDeviceResult = createUnionType({
  name: 'RegisterPushDeviceResult',
  description: 'The registered device, or why it was refused.',
  types: () => [PushDeviceSuccess, InvalidPushEndpointError, TooManyPushDevicesError, InvalidInputError] as const,
});

@ObjectType({ description: 'Whether a device of the viewer was removed (false when there was none to remove).' })
export class RemovePushDeviceSuccess {
  @Field(() => Boolean, { description: 'True when a device was removed.' })
  removed!: boolean;
}
