import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  CategoriesDocument,
  CategoryWithExpertsDocument,
  ModerationQueueDocument,
  SignInDocument,
  ExpertProfileDocument,
} from '@skillcall/schema';
import { expectType } from '../../test/graphql-client';
import { startTestApp, type TestApp } from '../../test/harness';
import { frenchFirstNames } from './catalog-content';
import { demoAccounts, demoPassword, seedDemoData } from './demo';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemoData(t.app.database.db, new Date('2026-11-21T10:00:00Z'))).toEqual({ experts: 221, pendingApplications: 6 });
}, 120_000);
afterAll(() => t.close());

describe('the demo seed', () => {
  it('fills every category with approved experts, in both languages, with every price model and several currencies', async () => {
    const { categories } = await t.client().data(CategoriesDocument);
    for (const category of categories) {
      const { category: page } = await t.client().data(CategoryWithExpertsDocument, { slug: category.slug, first: 5 });
      expect(page?.experts.edges.length, category.slug).toBeGreaterThan(0);
    }
    const [stats] = await t.app.database.db.execute<{ experts: number; models: string[]; currencies: string[]; languages: string[] }>(sql`
      select (select count(*)::int from experts where status = 'ACTIVE') as experts,
             (select array_agg(distinct price_model::text) from offerings where status = 'PUBLISHED') as models,
             (select array_agg(distinct currency) from offerings where currency is not null) as currencies,
             (select array_agg(distinct l) from experts, unnest(languages) l) as languages`);
    expect(stats!.experts).toBeGreaterThanOrEqual(200);
    expect(stats!.models.sort()).toEqual(['FREE', 'PER_MINUTE', 'PER_SESSION']);
    expect(stats!.currencies.length).toBeGreaterThanOrEqual(5);
    expect(stats!.currencies).toEqual(expect.arrayContaining(['EUR', 'USD', 'JPY', 'GBP']));
    expect(stats!.languages).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  it('gives each French expert a first name that agrees with the role their headline names', async () => {
    const rows = await t.app.database.db.execute<{ display_name: string; headline: string }>(sql`
      select display_name, headline from experts where headline like 'Professeur%' or headline like 'Développeuse%' or headline like 'Jardinier%'`);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const given = row.display_name.split(' ')[0]!;
      const feminine = /^(Professeure|Développeuse)/.test(row.headline);
      expect(frenchFirstNames[feminine ? 'f' : 'm'], `${row.display_name}, ${row.headline}`).toContain(given);
    }
  });

  it('gives the demo accounts their roles, the demo expert a public profile, and the admin a queue to review', async () => {
    const admin = t.client();
    for (const account of demoAccounts) {
      const client = (account.roles as readonly string[]).includes('ADMIN') ? admin : t.client();
      const { signIn } = await client.data(SignInDocument, { input: { email: account.email, password: demoPassword } });
      expect(expectType(signIn, 'SignInSuccess').user.roles).toEqual([...account.roles]);
    }
    const { expert } = await t.client().data(ExpertProfileDocument, { slug: 'elodie-lefevre' });
    expect(expert?.offerings.map((o) => o.price.model)).toEqual(['PER_SESSION', 'PER_MINUTE', 'FREE']);
    const { moderationQueue } = await admin.data(ModerationQueueDocument, { first: 20 });
    expect(moderationQueue.edges).toHaveLength(6);
  });

  it('runs once: a second run on a seeded database does nothing', async () => {
    expect(await seedDemoData(t.app.database.db)).toBeNull();
  });
});
