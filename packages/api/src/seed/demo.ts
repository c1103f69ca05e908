/** Demo data for `npm start`, built from the same factories as the tests. Runs once, on an empty database. */
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/client';
import { users } from '../modules/identity/identity.table';
import { experts as expertsTable } from '../modules/experts/expert.table';
import { requestIndexing } from '../modules/search/search.requests';
import { hashPassword } from '../modules/identity/password';
import { categoryIdBySlug, createApprovedExpert } from './expert-factories';
import { createUser } from './factories';
import { seedDemoCatalog, seedPendingApplications } from './demo-catalog';
import { giveEveryExpertOfficeHours, officeHours, setAvailability } from './availability-factories';

export const demoPassword = 'skillcall-demo';

export const demoAccounts = [
  {
    email: 'admin@skillcall.test',
    displayName: 'Ada Admin',
    roles: ['USER', 'ADMIN'] as const,
    locale: 'en' as const,
    timeZone: 'Europe/London',
  },
  {
    email: 'expert@skillcall.test',
    displayName: 'Élodie Lefèvre',
    roles: ['USER', 'EXPERT'] as const,
    locale: 'fr' as const,
    timeZone: 'Europe/Paris',
  },
  { email: 'user@skillcall.test', displayName: 'Sam User', roles: ['USER'] as const, locale: 'en' as const, timeZone: 'America/New_York' },
];

/** Seeds the demo when the database has no user yet; returns what it created, or null if it did nothing. */
export async function seedDemoData(db: Database, now = new Date()): Promise<{ experts: number; pendingApplications: number } | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
    const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(users);
    if (count > 0) return null;
    const passwordHash = await hashPassword(demoPassword);
    const [admin, expert, user] = demoAccounts;
    await createUser(tx, { ...admin!, roles: [...admin!.roles], passwordHash });
    await createUser(tx, { ...user!, roles: [...user!.roles], passwordHash });
    const guitar = await categoryIdBySlug(tx, 'guitar');
    const takenSlugs = new Set<string>();
    const elodie = await createApprovedExpert(
      tx,
      {
        user: { email: expert!.email, passwordHash, locale: expert!.locale },
        displayName: expert!.displayName,
        headline: 'Guitare acoustique et électrique, du premier accord au premier concert',
        bio: 'Guitariste professionnelle depuis quinze ans, j’enseigne à des adultes qui ont toujours voulu jouer. Nous partons des morceaux que vous aimez.',
        skills: ['guitare', 'guitar', 'accords', 'solfège'],
        categoryIds: [guitar],
        languages: ['fr', 'en'],
        country: 'FR',
        timeZone: expert!.timeZone,
        approvedAt: new Date(now.getTime() - 400 * 86_400_000),
        offerings: [
          {
            title: 'Premier cours de guitare',
            description: 'Accorder la guitare, tenir le médiator et jouer trois accords : vous repartez avec une chanson.',
            categoryId: guitar,
            languages: ['fr', 'en'],
            price: { model: 'PER_SESSION', amountMinor: 3000, currency: 'EUR', durationMinutes: 45 },
            cancellationPolicy: 'FLEXIBLE',
          },
          {
            title: 'Question rapide de guitare',
            description: 'Un blocage sur un morceau ou un accord ? Quelques minutes suffisent souvent.',
            categoryId: guitar,
            languages: ['fr', 'en'],
            price: { model: 'PER_MINUTE', amountMinor: 80, currency: 'EUR', minMinutes: 5, maxMinutes: 30 },
            cancellationPolicy: 'MODERATE',
          },
          {
            title: 'Appel découverte gratuit',
            description: 'Un quart d’heure pour faire connaissance, parler de vos envies musicales et choisir par où commencer.',
            categoryId: guitar,
            languages: ['fr', 'en'],
            price: { model: 'FREE', durationMinutes: 15 },
            cancellationPolicy: 'FLEXIBLE',
          },
        ],
      },
      takenSlugs,
    );
    await setAvailability(
      tx,
      elodie.expert.id,
      { weekly: officeHours, bufferBeforeMinutes: 5, bufferAfterMinutes: 10, minNoticeMinutes: 60, maxSessionsPerDay: 8 },
      now,
    );
    const experts = 1 + (await seedDemoCatalog(tx, passwordHash, now, takenSlugs));
    const pendingApplications = await seedPendingApplications(tx, passwordHash, now);
    await giveEveryExpertOfficeHours(tx);
    const ids = await tx.select({ id: expertsTable.id }).from(expertsTable);
    await requestIndexing(
      tx,
      ids.map((r) => r.id),
    );
    return { experts, pendingApplications };
  });
}
