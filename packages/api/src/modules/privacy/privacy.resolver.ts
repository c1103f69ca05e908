import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SignedInContext } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { accountDeletionTerms, deleteAccount } from './account-deletion.service';
import { myDataExports, requestDataExport } from './data-export.service';
import { AccountDeletionTerms, DataExport, DeleteAccountInput, DeleteAccountResult, RequestDataExportPayload } from './privacy.types';

@Resolver()
export class PrivacyResolver {
  @SignedIn()
  @Query(() => [DataExport], { description: 'The viewer’s latest data exports, newest first (a few). Browser sessions only.' })
  myDataExports(@Ctx() ctx: SignedInContext) {
    return myDataExports(ctx);
  }

  @SignedIn()
  @Mutation(() => RequestDataExportPayload, {
    description:
      'Ask for a copy of everything the viewer owns or took part in (a ZIP, ready within minutes, downloadable for 48 hours). Returns the one in preparation if any. Browser sessions only.',
  })
  requestDataExport(@Ctx() ctx: SignedInContext) {
    return requestDataExport(ctx);
  }

  @SignedIn()
  @Query(() => AccountDeletionTerms, { description: 'What deleting the viewer’s account would do. Browser sessions only.' })
  accountDeletionTerms(@Ctx() ctx: SignedInContext) {
    return accountDeletionTerms(ctx);
  }

  @SignedIn()
  @Mutation(() => DeleteAccountResult, {
    description:
      'Delete the viewer’s account for good and sign out: upcoming bookings are cancelled with their refunds, personal data is erased or anonymised; payment records, reviews and the other party’s messages are kept without the person’s identity. Browser sessions only.',
  })
  deleteAccount(@Arg('input', () => DeleteAccountInput) input: DeleteAccountInput, @Ctx() ctx: SignedInContext) {
    return deleteAccount(ctx, input);
  }
}
