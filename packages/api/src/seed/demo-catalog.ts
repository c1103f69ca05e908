/**
 * The demo catalogue: 220 approved experts over every sub-category, half writing in English and half in French,
 * with all three price models in several currencies, and a few applications waiting in the moderation queue.
 * Deterministic: the same seed gives the same catalogue.
 */
import type { DbExecutor } from '../platform/db/client';
import type { StoredPrice } from '../modules/experts/application.content';
import { insertApplication, updateApplication } from '../modules/experts/expert.queries';
import { categoryIdBySlug, createApprovedExpert } from './expert-factories';
import { createUser } from './factories';
import { firstNames, frenchFirstNames, lastNames, places, topics, type TopicText } from './catalog-content';

/** mulberry32: a tiny deterministic PRNG, so the demo is the same on every machine. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const expertsPerTopic = 10;
/** How many of a currency's major units a typical EUR price is worth, roughly. */
const priceScale: Record<string, number> = { JPY: 150, XOF: 650 };

function price(model: StoredPrice['model'], currency: string, rand: () => number): StoredPrice {
  const scale = priceScale[currency] ?? 1;
  const zeroDecimal = currency === 'JPY' || currency === 'XOF';
  const toMinor = (major: number) => (zeroDecimal ? Math.round(major * scale) : Math.round(major * scale) * 100);
  if (model === 'FREE') return { model, durationMinutes: [15, 20, 30][Math.floor(rand() * 3)]! };
  if (model === 'PER_SESSION')
    return {
      model,
      currency,
      amountMinor: toMinor(15 + Math.floor(rand() * 9) * 5),
      durationMinutes: [30, 45, 60][Math.floor(rand() * 3)]!,
    };
  const perMinuteMinor = zeroDecimal ? Math.round((0.4 + rand() * 1.6) * scale) : 40 + Math.floor(rand() * 32) * 5;
  return { model, currency, amountMinor: perMinuteMinor, minMinutes: 10, maxMinutes: [30, 60, 90][Math.floor(rand() * 3)]! };
}

function profileText(lang: 'en' | 'fr', text: TopicText, years: number) {
  const [first, second = first] = text.skills;
  return lang === 'en'
    ? {
        headline: `${text.role[0]!.toUpperCase()}${text.role.slice(1)} helping with ${first} and ${second}`,
        bio: `I am a ${text.role} with ${years} years of experience. I have helped hundreds of people with ${text.skills.join(', ')}. Sessions are practical: we work on your own situation, live, at your pace.`,
      }
    : {
        headline: `${text.role[0]!.toUpperCase()}${text.role.slice(1)} : ${first} et ${second}`,
        bio: `Je suis ${text.role} depuis ${years} ans. J’ai accompagné des centaines de personnes en ${text.skills.join(', ')}. Les séances sont concrètes : nous travaillons sur votre situation, en direct, à votre rythme.`,
      };
}

export async function seedDemoCatalog(db: DbExecutor, passwordHash: string, now: Date, taken: Set<string>): Promise<number> {
  const rand = random(20131107);
  const models: StoredPrice['model'][] = ['PER_SESSION', 'PER_MINUTE', 'FREE'];
  let count = 0;
  for (const [slug, texts] of Object.entries(topics)) {
    const categoryId = await categoryIdBySlug(db, slug);
    for (let i = 0; i < expertsPerTopic; i++) {
      const lang = i % 2 === 0 ? 'en' : 'fr';
      const text = texts[lang];
      const place = places[lang][Math.floor(rand() * places[lang].length)]!;
      const given = text.gender ? frenchFirstNames[text.gender] : firstNames[lang];
      const name = `${given[Math.floor(rand() * given.length)]} ${lastNames[lang][Math.floor(rand() * lastNames[lang].length)]}`;
      const years = 3 + Math.floor(rand() * 20);
      const speaks = lang === 'en' ? (rand() < 0.3 ? ['en', 'fr'] : ['en']) : rand() < 0.5 ? ['fr', 'en'] : ['fr'];
      await createApprovedExpert(
        db,
        {
          user: { email: `expert${count + 1}@demo.skillcall.test`, passwordHash, locale: lang },
          displayName: name,
          ...profileText(lang, text, years),
          skills: text.skills,
          categoryIds: [categoryId],
          languages: speaks,
          country: place.country,
          timeZone: place.timeZone,
          approvedAt: new Date(now.getTime() - Math.floor(rand() * 730) * 86_400_000),
          offerings: text.offerings.map(([title, description], k) => ({
            title,
            description,
            categoryId,
            languages: speaks,
            price: price(models[(i + k) % 3]!, place.currency, rand),
            cancellationPolicy: (['FLEXIBLE', 'MODERATE', 'STRICT'] as const)[(i + k) % 3]!,
          })),
        },
        taken,
      );
      count++;
    }
  }
  return count;
}

/** Applications waiting for review, of various ages, for the admin queue. */
export async function seedPendingApplications(db: DbExecutor, passwordHash: string, now: Date): Promise<number> {
  const pending = [
    { name: 'Nadia Benali', lang: 'fr' as const, slug: 'french', hoursAgo: 2 },
    { name: 'Tom Becker', lang: 'en' as const, slug: 'programming', hoursAgo: 20 },
    { name: 'Lucie Moreau', lang: 'fr' as const, slug: 'baking', hoursAgo: 50 },
    { name: 'Priya Shah', lang: 'en' as const, slug: 'yoga', hoursAgo: 75 },
    { name: 'Antoine Roussel', lang: 'fr' as const, slug: 'diy-repairs', hoursAgo: 130 },
    { name: 'Grace Okafor', lang: 'en' as const, slug: 'math', hoursAgo: 200 },
  ];
  for (const [index, p] of pending.entries()) {
    const user = await createUser(db, {
      email: `applicant${index + 1}@demo.skillcall.test`,
      displayName: p.name,
      passwordHash,
      locale: p.lang,
    });
    const categoryId = await categoryIdBySlug(db, p.slug);
    const text = topics[p.slug]![p.lang];
    const submittedAt = new Date(now.getTime() - p.hoursAgo * 3_600_000);
    const place = places[p.lang][0]!;
    const content = {
      displayName: p.name,
      ...profileText(p.lang, text, 6),
      skills: text.skills,
      categoryIds: [categoryId],
      languages: [p.lang],
      country: place.country,
      timeZone: place.timeZone,
      adultConfirmed: true,
      offerings: [
        {
          title: text.offerings[0]![0],
          description: text.offerings[0]![1],
          categoryId,
          languages: [p.lang],
          price: { model: 'PER_SESSION' as const, currency: place.currency, amountMinor: 3000, durationMinutes: 45 },
          cancellationPolicy: 'MODERATE' as const,
        },
      ],
    };
    const draft = await insertApplication(db, { userId: user.id, kind: 'INITIAL', content, categoryIds: [categoryId], now: submittedAt });
    await updateApplication(db, draft.id, { status: 'SUBMITTED', submittedAt, now: submittedAt });
  }
  return pending.length;
}
