/** The refusal shared by every way in that can be removed (a provider unlinked, a passkey removed): see `sign-in-methods.ts`. */
import { ObjectType } from 'type-graphql';
import { ErrorCode } from '../../error-codes';
import { DomainError } from '../../platform/graphql/domain-error';

@ObjectType({ implements: DomainError, description: 'Removing this would leave the account with no way to sign in.' })
export class LastSignInMethodError extends DomainError {
  override readonly code = ErrorCode.LAST_SIGN_IN_METHOD;
}
