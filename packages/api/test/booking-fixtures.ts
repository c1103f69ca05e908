/** Experts with schedules and offerings, and signed-in clients, for the availability and booking suites. */
import { SignInDocument } from '@skillcall/schema';
import type { StoredPrice } from '../src/modules/experts/application.content';
import { categoryIdBySlug, createApprovedExpert } from '../src/seed/expert-factories';
import { createUser } from '../src/seed/factories';
import { officeHours, setAvailability, type AvailabilitySpec } from '../src/seed/availability-factories';
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

/** An approved expert in `timeZone` with one offering per price, office hours unless told otherwise. */
export async function bookableExpert(
  t: TestApp,
  options: { timeZone?: string; prices?: StoredPrice[]; policy?: 'FLEXIBLE' | 'MODERATE' | 'STRICT'; availability?: Partial<AvailabilitySpec> } = {},
) {
  const db = t.app.database.db;
  const guitar = await categoryIdBySlug(db, 'guitar');
  count += 1;
  const prices = options.prices ?? [{ model: 'FREE', durationMinutes: 60 }];
  const created = await createApprovedExpert(db, {
    displayName: `Expert Number ${count}`,
    headline: 'Guitar lessons for grown-up beginners',
    bio: 'Fifteen years of teaching adults who always wanted to play the songs they love.',
    skills: ['guitar'],
    categoryIds: [guitar],
    languages: ['en'],
    country: 'FR',
    timeZone: options.timeZone ?? 'Europe/Paris',
    approvedAt: new Date('2026-01-01T00:00:00Z'),
    offerings: prices.map((price, i) => ({
      title: `Guitar session ${i + 1}`,
      description: 'Tune the guitar, hold the pick, play three chords and leave with a song.',
      categoryId: guitar,
      languages: ['en'],
      price,
      cancellationPolicy: options.policy ?? 'FLEXIBLE',
    })),
  });
  await setAvailability(db, created.expert.id, { weekly: officeHours, minNoticeMinutes: 60, ...options.availability });
  return { ...created, client: await signInAs(t, created.user) };
}
