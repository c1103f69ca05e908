/**
 * The SQL of the PostgreSQL search engine: writing the index, suggestions, the outbox. Searching: postgres-search.page.ts;
 * reading the words typed: postgres-search.words.ts.
 */
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../platform/db/arrays';
import type { DbExecutor } from '../../platform/db/client';
import { bestRated, defaultRankedCandidates } from './postgres-search.page';
import type { ExpertDocument } from './search.port';
import { searchDocuments, searchPending, searchTerms } from './search.table';

const weighted = (config: string, text: SQL, weight: 'A' | 'B' | 'C') =>
  sql`setweight(to_tsvector(${sql.raw(`'${config}'`)}, ${text}), ${weight})`;
const bothLanguages = (text: SQL, weight: 'A' | 'B' | 'C') =>
  sql`${weighted('skillcall_en', text, weight)} || ${weighted('skillcall_fr', text, weight)}`;

export async function upsertSearchDocument(db: DbExecutor, doc: ExpertDocument): Promise<void> {
  const primary = sql`${`${doc.headline} ${doc.skills.join(', ')}`}::text`;
  const titles = sql`${doc.offeringTitles.join('. ')}::text`;
  const body = sql`${`${doc.bio} ${doc.offeringDescriptions.join(' ')}`}::text`;
  const document = sql`${weighted('skillcall_simple', sql`${doc.displayName}::text`, 'A')} || ${bothLanguages(primary, 'A')} || ${bothLanguages(titles, 'B')} || ${bothLanguages(body, 'C')}`;
  const values = {
    expertId: doc.id,
    slug: doc.slug,
    displayName: doc.displayName,
    headline: doc.headline,
    bio: doc.bio,
    skills: doc.skills,
    offeringTitles: doc.offeringTitles,
    offeringDescriptions: doc.offeringDescriptions,
    categoryIds: doc.categoryIds,
    languages: doc.languages,
    priceModels: doc.priceModels,
    bookingPrices: doc.bookingPrices,
    bookingPricesByModel: doc.bookingPricesByModel,
    hasFreeOffering: doc.hasFreeOffering,
    rating: doc.rating,
    reviewCount: doc.reviewCount,
    availableNow: doc.availableNow,
    approvedAt: doc.approvedAt,
    document,
  };
  const { expertId: _key, ...updates } = values;
  await db.insert(searchDocuments).values(values).onConflictDoUpdate({ target: searchDocuments.expertId, set: updates });
}

/**
 * Adds words to the vocabulary. Sorted, so that concurrent batches lock shared words in the same order and cannot
 * deadlock.
 */
export async function addVocabulary(db: DbExecutor, words: string[]): Promise<void> {
  const sorted = [...new Set(words)].sort();
  if (sorted.length)
    await db.execute(sql`insert into ${searchTerms} (term) select unnest(${pgArray(sorted, 'text')}) order by 1 on conflict do nothing`);
}

export async function deleteSearchDocuments(db: DbExecutor, expertIds: string[] | 'all'): Promise<void> {
  if (expertIds === 'all') await db.execute(sql`truncate ${searchDocuments}`);
  else if (expertIds.length) await db.execute(sql`delete from ${searchDocuments} where expert_id = any(${pgArray(expertIds, 'uuid')})`);
}

export async function suggestExperts(db: DbExecutor, text: SQL, limit: number) {
  return db.execute<{ expert_id: string; slug: string; display_name: string; headline: string }>(sql`
    with q as (select ${text} as tsq),
    candidates as (
      select expert_id, slug, display_name, headline, document, rating from ${searchDocuments}
      where document @@ (select tsq from q)
      order by ${bestRated}
      limit ${defaultRankedCandidates}
    )
    select expert_id, slug, display_name, headline from candidates
    order by ts_rank(document, (select tsq from q)) desc, rating desc nulls last, expert_id
    limit ${limit}`);
}

// The pending-updates outbox

export async function markPending(db: DbExecutor, expertIds: string[]): Promise<void> {
  if (!expertIds.length) return;
  await db.execute(
    sql`insert into ${searchPending} (expert_id) select unnest(${pgArray(expertIds, 'uuid')}) on conflict (expert_id) do update set queued_at = now()`,
  );
}

/** Claims up to `limit` pending experts for this transaction; other workers skip them. */
export async function claimPending(db: DbExecutor, limit: number): Promise<{ expertId: string; queuedAt: Date }[]> {
  const rows = await db.execute<{ expert_id: string; queued_at: string }>(sql`
    select expert_id, queued_at from ${searchPending} order by queued_at limit ${limit} for update skip locked`);
  return rows.map((r) => ({ expertId: r.expert_id, queuedAt: new Date(r.queued_at) }));
}

export async function releasePending(db: DbExecutor, claimed: { expertId: string; queuedAt: Date }[]): Promise<void> {
  if (!claimed.length) return;
  // Only rows not re-queued since they were claimed: a change during indexing is indexed again.
  await db.execute(sql`delete from ${searchPending} p using unnest(${pgArray(
    claimed.map((c) => c.expertId),
    'uuid',
  )}, ${pgArray(
    claimed.map((c) => c.queuedAt.toISOString()),
    'text',
  )}::timestamptz[]) as c(id, at)
    where p.expert_id = c.id and p.queued_at <= c.at`);
}

export async function countPending(db: DbExecutor): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${searchPending}`);
  return row!.n;
}
