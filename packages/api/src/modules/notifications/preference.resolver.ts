import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { Public, SignedIn } from '../../platform/graphql/access';
import {
  NotificationPreference,
  SetNotificationPreferenceInput,
  SetNotificationPreferenceResult,
  SetNotificationPreferenceWithTokenInput,
  SetNotificationPreferenceWithTokenResult,
} from './preference.types';
import { setEmailPreferenceWithToken, setNotificationPreference, viewerNotificationPreferences } from './preference.service';

@Resolver()
export class NotificationPreferenceResolver {
  @SignedIn()
  @Query(() => [NotificationPreference], {
    description: 'Every kind of notification the viewer may get, with each channel on or off and whether it can be turned off.',
  })
  myNotificationPreferences(@Ctx() ctx: SignedInContext) {
    return viewerNotificationPreferences(ctx);
  }

  @SignedIn()
  @Mutation(() => SetNotificationPreferenceResult, { description: 'Turn one kind of notification on or off on one channel.' })
  setNotificationPreference(
    @Arg('input', () => SetNotificationPreferenceInput) input: SetNotificationPreferenceInput,
    @Ctx() ctx: SignedInContext,
  ) {
    return setNotificationPreference(ctx, input);
  }

  @Public()
  @Mutation(() => SetNotificationPreferenceWithTokenResult, {
    description:
      'Turn the kind of email an unsubscribe link names off, or back on, with the link’s signed token: no sign-in needed (the page the link opens).',
  })
  setNotificationPreferenceWithToken(
    @Arg('input', () => SetNotificationPreferenceWithTokenInput) input: SetNotificationPreferenceWithTokenInput,
    @Ctx() ctx: Context,
  ) {
    return setEmailPreferenceWithToken(ctx, input);
  }
}
