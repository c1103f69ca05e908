/** Experts with schedules and offerings, and signed-in clients, for the availability and booking suites. */
import { SignInDocument } from '@skillcall/schema';
import { createBookableExpert, type BookableExpertOptions } from '../src/seed/bookable-expert';
import { createUser } from '../src/seed/factories';
import { expectType, type TestClient } from './graphql-client';
import type { TestApp } from './harness';

export async function signInAs(t: TestApp, user: { email: string; password: string }): Promise<TestClient> {
  const client = t.client();
  expectType((await client.data(SignInDocument, { input: { email: user.email, password: user.password } })).signIn, 'SignInSuccess');
  return client;
}

export async function signedInUser(t: TestApp): Promise<TestClient> {
  return signInAs(t, await createUser(t.app.database.db, { roles: ['USER'] }));
}

let count = 0;

/** An approved expert in `timeZone` with one offering per price, office hours unless told otherwise, signed in. */
export async function bookableExpert(t: TestApp, options: Omit<BookableExpertOptions, 'displayName'> = {}) {
  count += 1;
  const created = await createBookableExpert(t.app.database.db, { displayName: `Expert Number ${count}`, ...options });
  return { ...created, client: await signInAs(t, created.user) };
}
