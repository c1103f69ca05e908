import type { ApolloClient } from '@apollo/client';
import { UpdateAccountDocument } from '@skillcall/schema';
import { assertNever } from '../../lib/errors';
import type { Language } from '../../lib/i18n';

/**
 * Saves the interface language to the signed-in account (emails then come in it). Its own chunk, loaded by the
 * language switch when it is used: the mutation's document is not in every first download.
 */
export async function saveLanguageToAccount(client: ApolloClient, locale: Language): Promise<void> {
  const { data } = await client.mutate({ mutation: UpdateAccountDocument, variables: { input: { locale } } });
  const result = data?.updateAccount;
  if (!result) throw new Error('updateAccount returned no data');
  switch (result.__typename) {
    case 'UpdateAccountSuccess':
      return;
    case 'InvalidInputError':
      throw new Error(result.message);
    default:
      assertNever(result);
  }
}
