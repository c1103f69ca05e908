/** A guitar teacher who can be booked at once: approved, one offering per price, office hours. For tests and benches. */
import type { DbExecutor } from '../platform/db/client';
import type { StoredPrice } from '../modules/experts/application.content';
import { officeHours, setAvailability, type AvailabilitySpec } from './availability-factories';
import { categoryIdBySlug, createApprovedExpert } from './expert-factories';

export interface BookableExpertOptions {
  displayName: string;
  timeZone?: string;
  prices?: StoredPrice[];
  policy?: 'FLEXIBLE' | 'MODERATE' | 'STRICT';
  availability?: Partial<AvailabilitySpec>;
  approvedAt?: Date;
}

export async function createBookableExpert(db: DbExecutor, options: BookableExpertOptions) {
  const guitar = await categoryIdBySlug(db, 'guitar');
  const prices = options.prices ?? [{ model: 'FREE', durationMinutes: 60 }];
  const created = await createApprovedExpert(db, {
    displayName: options.displayName,
    headline: 'Guitar lessons for grown-up beginners',
    bio: 'Fifteen years of teaching adults who always wanted to play the songs they love.',
    skills: ['guitar'],
    categoryIds: [guitar],
    languages: ['en'],
    country: 'FR',
    timeZone: options.timeZone ?? 'Europe/Paris',
    approvedAt: options.approvedAt ?? new Date('2026-01-01T00:00:00Z'),
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
  return created;
}
