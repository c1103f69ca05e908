/** The SQL of the PostgreSQL search engine. */
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../platform/db/arrays';
import type { DbExecutor } from '../../platform/db/client';
import { highlightEnd, highlightStart, type ExpertDocument, type SearchQuery } from './search.port';
import { searchDocuments, searchPending, searchTerms } from './search.table';

const weighted = (config: string, text: SQL, weight: 'A' | 'B' | 'C') => sql`setweight(to_tsvector(${sql.raw(`'${config}'`)}, ${text}), ${weight})`;
const bothLanguages = (text: SQL, weight: 'A' | 'B' | 'C') => sql`${weighted('skillcall_en', text, weight)} || ${weighted('skillcall_fr', text, weight)}`;

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
  if (sorted.length) await db.execute(sql`insert into ${searchTerms} (term) select unnest(${pgArray(sorted, 'text')}) order by 1 on conflict do nothing`);
}

export async function deleteSearchDocuments(db: DbExecutor, expertIds: string[] | 'all'): Promise<void> {
  if (expertIds === 'all') await db.execute(sql`truncate ${searchDocuments}`);
  else if (expertIds.length) await db.execute(sql`delete from ${searchDocuments} where expert_id = any(${pgArray(expertIds, 'uuid')})`);
}

export interface TermAnalysis {
  word: string;
  isStopWord: boolean;
  known: boolean;
  correction: string | null;
}

/**
 * For each query word: is it a stop word in both languages, does the index know it, and if not, the closest
 * known word: 1 edit for 4-letter words, 2 from 5 letters (a swap of two letters, "pyhton", is 2 edits here),
 * none below 4.
 */
export async function analyzeTerms(db: DbExecutor, words: string[]): Promise<TermAnalysis[]> {
  if (!words.length) return [];
  const rows = await db.execute<{ word: string; is_stop: boolean; known: boolean; correction: string | null }>(sql`
    select w.word, w.is_stop, w.known, case when w.known or w.is_stop then null else
      (select t.term from ${searchTerms} t
        where length(w.word) >= 4 and length(t.term) between length(w.word) - 2 and length(w.word) + 2
          and levenshtein_less_equal(t.term, w.word, 2) <= case when length(w.word) >= 5 then 2 else 1 end
        order by levenshtein(t.term, w.word), similarity(t.term, w.word) desc, t.term limit 1) end as correction
    from (select word, n,
            numnode(plainto_tsquery('skillcall_en', word)) = 0 and numnode(plainto_tsquery('skillcall_fr', word)) = 0 as is_stop,
            exists (select 1 from ${searchTerms} t where t.term = word) as known
          from unnest(${pgArray(words, 'text')}) with ordinality as u(word, n)) w
    order by w.n`);
  return rows.map((r) => ({ word: r.word, isStopWord: r.is_stop, known: r.known, correction: r.correction }));
}

/** A tsquery over groups of alternative words (synonyms): every group must match; the last may be a prefix. */
export function termsQuery(groups: string[][], lastIsPrefix: boolean): SQL | null {
  if (!groups.length) return null;
  const parts = groups.map((variants, i) => {
    const alternatives = variants.flatMap((word) =>
      lastIsPrefix && i === groups.length - 1 && /^[\p{L}\p{N}]+$/u.test(word)
        ? [sql`to_tsquery('skillcall_simple', ${`${word}:*`})`]
        : [sql`plainto_tsquery('skillcall_en', ${word})`, sql`plainto_tsquery('skillcall_fr', ${word})`, sql`plainto_tsquery('skillcall_simple', ${word})`],
    );
    return sql`(${sql.join(alternatives, sql` || `)})`;
  });
  return sql.join(parts, sql` && `);
}

function filters(query: SearchQuery, tsquery: SQL | null): SQL {
  const conditions: SQL[] = [sql`true`];
  if (tsquery) conditions.push(sql`document @@ (${tsquery})`);
  if (query.categoryId) conditions.push(sql`category_ids @> array[${query.categoryId}]::uuid[]`);
  if (query.language) conditions.push(sql`languages @> array[${query.language}]::text[]`);
  if (query.priceModel) conditions.push(sql`price_models @> array[${query.priceModel}]::text[]`);
  if (query.maxPrice) {
    conditions.push(sql`(has_free_offering or (booking_prices ->> ${query.maxPrice.currency})::bigint <= ${query.maxPrice.amountMinor})`);
  }
  if (query.minRating !== undefined) conditions.push(sql`rating >= ${query.minRating}`);
  if (query.availableNow) conditions.push(sql`available_now`);
  return sql.join(conditions, sql` and `);
}

function ordering(query: SearchQuery): SQL {
  switch (query.sort) {
    case 'RATING':
      return sql`rating desc nulls last, review_count desc, rank desc, approved_at desc, expert_id`;
    case 'PRICE':
      return sql`has_free_offering desc, sort_price asc nulls last, rank desc, expert_id`;
    case 'RELEVANCE':
      return sql`rank desc, rating desc nulls last, approved_at desc, expert_id`;
  }
}

/**
 * How many of the best-rated matches are ranked by text relevance. Ranking reads each match's whole document, which
 * is what a common word over 100,000 experts makes expensive; past the first few hundred, rating decides anyway.
 */
const rankedCandidates = 300;

const headlineOptions = `StartSel=${highlightStart}, StopSel=${highlightEnd}, HighlightAll=true`;
const snippetOptions = `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxFragments=1, MaxWords=24, MinWords=12`;

/** Highlighted with the stemming of the expert's first language. */
function highlighted(column: SQL, tsquery: SQL, options: string): SQL {
  return sql`case when d.languages[1] = 'fr'
    then ts_headline('skillcall_fr', ${column}, ${tsquery}, ${options})
    else ts_headline('skillcall_en', ${column}, ${tsquery}, ${options}) end`;
}

export interface SearchRows {
  page: { expert_id: string; display_name: string; headline: string; snippet: string }[];
  total: number;
  categories: Record<string, number> | null;
  languages: Record<string, number> | null;
}

/** One round trip: the page with highlights, the total, and facet counts over every match. */
export async function runSearch(db: DbExecutor, query: SearchQuery, text: SQL | null): Promise<SearchRows> {
  // The query is built once, in a CTE: inlined, a generic prepared plan would rebuild it for every row.
  const tsquery = text ? sql`(select tsq from q)` : null;
  const rankByText = tsquery !== null && query.sort === 'RELEVANCE';
  const candidates = rankByText
    ? sql`select m.*, ts_rank(d.document, ${tsquery}) as rank
          from (select * from matches order by rating desc nulls last, approved_at desc limit ${rankedCandidates + query.offset + query.limit}) m
          join ${searchDocuments} d using (expert_id)`
    : sql`select m.*, 0::real as rank from matches m`;
  const [row] = await db.execute<{ result: SearchRows }>(sql`
    with q as (select ${text ?? sql`null::tsquery`} as tsq),
    matches as materialized (
      select expert_id, category_ids, languages, rating, review_count, approved_at, has_free_offering,
        ${query.sort === 'PRICE' ? sql`(booking_prices ->> ${query.priceCurrency ?? ''})::bigint` : sql`null::bigint`} as sort_price
      from ${searchDocuments}
      where ${filters(query, tsquery)}
    ),
    candidates as (${candidates}),
    page as (
      select expert_id, row_number() over () as position from (
        select expert_id from candidates order by ${ordering(query)} limit ${query.limit} offset ${query.offset}
      ) ordered
    )
    select json_build_object(
      'page', coalesce((select json_agg(json_build_object(
          'expert_id', d.expert_id,
          'display_name', ${tsquery ? highlighted(sql`d.display_name`, tsquery, headlineOptions) : sql`d.display_name`},
          'headline', ${tsquery ? highlighted(sql`d.headline`, tsquery, headlineOptions) : sql`d.headline`},
          'snippet', ${tsquery ? highlighted(sql`d.bio`, tsquery, snippetOptions) : sql`case when length(d.bio) <= 160 then d.bio else regexp_replace(left(d.bio, 161), '\s+\S*$', '') || '…' end`}
        ) order by p.position) from page p join ${searchDocuments} d using (expert_id)), '[]'::json),
      'total', (select count(*) from matches),
      'categories', ${query.facets === false ? sql`null` : sql`(select json_object_agg(id, n) from (select unnest(category_ids) as id, count(*) as n from matches group by 1) c)`},
      'languages', ${query.facets === false ? sql`null` : sql`(select json_object_agg(code, n) from (select unnest(languages) as code, count(*) as n from matches group by 1) l)`}
    ) as result`);
  return row!.result;
}

export async function suggestExperts(db: DbExecutor, text: SQL, limit: number) {
  return db.execute<{ expert_id: string; slug: string; display_name: string; headline: string }>(sql`
    with q as (select ${text} as tsq),
    candidates as (
      select expert_id, slug, display_name, headline, document, rating from ${searchDocuments}
      where document @@ (select tsq from q)
      order by rating desc nulls last, approved_at desc
      limit ${rankedCandidates}
    )
    select expert_id, slug, display_name, headline from candidates
    order by ts_rank(document, (select tsq from q)) desc, rating desc nulls last, expert_id
    limit ${limit}`);
}

// The pending-updates outbox

export async function markPending(db: DbExecutor, expertIds: string[]): Promise<void> {
  if (!expertIds.length) return;
  await db.execute(sql`insert into ${searchPending} (expert_id) select unnest(${pgArray(expertIds, 'uuid')}) on conflict (expert_id) do update set queued_at = now()`);
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
  await db.execute(sql`delete from ${searchPending} p using unnest(${pgArray(claimed.map((c) => c.expertId), 'uuid')}, ${pgArray(claimed.map((c) => c.queuedAt.toISOString()), 'text')}::timestamptz[]) as c(id, at)
    where p.expert_id = c.id and p.queued_at <= c.at`);
}

export async function countPending(db: DbExecutor): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${searchPending}`);
  return row!.n;
}
