/** The SQL of the PostgreSQL search engine. */
import { getTableName, sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../platform/db/arrays';
import type { DbExecutor } from '../../platform/db/client';
import { highlightEnd, highlightStart, type ExpertDocument, type SearchQuery } from './search.port';
import { searchDocuments, searchPending, searchTerms } from './search.table';

const tableName = getTableName(searchDocuments);

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

/**
 * "Best rated first": the order of RATING, the tie-break of RELEVANCE, and which matches get ranked by text. The
 * index search_documents_best_rated_idx holds exactly this order, so when a filter is common (a category) the
 * planner can walk it and stop after one page instead of reading every match (NULLS LAST on every key, as drizzle
 * wrote the index: a different null order would not match it).
 */
const bestRated = sql`rating desc nulls last, review_count desc nulls last, approved_at desc nulls last, expert_id`;

function ordering(query: SearchQuery): SQL {
  switch (query.sort) {
    case 'RATING':
      return bestRated;
    case 'PRICE':
      return sql`has_free_offering desc, (booking_prices ->> ${query.priceCurrency ?? ''})::bigint asc nulls last, expert_id`;
    case 'RELEVANCE':
      return bestRated;
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

/** What ordering needs of a match, read from the sample or the table alike. */
const orderColumns = sql`expert_id, rating, review_count, approved_at, has_free_offering, booking_prices`;

/**
 * The expert ids of the requested page, in order: `(expert_id, position)`. The first matches in the page's order
 * (for RELEVANCE with text, the best-rated ones, then ranked by text) come from the sample when it holds every match, so
 * a rare query reads its matches once; otherwise from the table, where without text the planner may walk
 * search_documents_best_rated_idx and stop after a page. Branches are gated by one-time filters: only one runs.
 */
function pageQuery(query: SearchQuery, tsquery: SQL | null, sampleSize: number): SQL {
  const rankByText = tsquery !== null && query.sort === 'RELEVANCE';
  const order = ordering(query);
  const first = query.offset + query.limit + (rankByText ? rankedCandidates : 0);
  const complete = sql`(select count(*) from sample) < ${sampleSize}`;
  const firstMatches = sql`
    (select ${orderColumns} from sample where ${complete} order by ${order} limit ${first})
    union all
    (select ${orderColumns} from ${searchDocuments} where ${filters(query, tsquery)} and not ${complete} order by ${order} limit ${first})`;
  const candidates = sql`(select expert_id, row_number() over (order by ${order}) as best from (${firstMatches}) f) c`;
  return rankByText
    ? sql`select c.expert_id, row_number() over (order by ts_rank(d.document, ${tsquery}) desc, c.best) as position
        from ${candidates} join ${searchDocuments} d using (expert_id)
        order by position limit ${query.limit} offset ${query.offset}`
    : sql`select expert_id, best as position from ${candidates} order by best limit ${query.limit} offset ${query.offset}`;
}

/**
 * The sample's figures for search-estimate.ts. `span_blocks` is how many of the table's blocks the scan went through to
 * find the sample (see `span` in runSearch), only needed when the sample is not every match.
 */
function sampleStats(sampleSize: number): SQL {
  return sql`(select json_build_object(
      'count', count(*),
      'span_blocks', case when count(*) >= ${sampleSize} then (select blocks from span) end,
      'table_blocks', (select blocks from size),
      'table_rows', (select reltuples from pg_class where oid = ${tableName}::regclass)
    ) from sample)`;
}

export interface SearchRows {
  page: { expert_id: string; display_name: string; headline: string; snippet: string }[];
  sample: { count: number; span_blocks: number | null; table_blocks: number; table_rows: number };
  /** Over the sample: exact when the sample holds every match. */
  categories: Record<string, number> | null;
  languages: Record<string, number> | null;
}

/**
 * One round trip: the page with highlights, and a sample of at most `sampleSize` matches with facet counts over it.
 * Nothing here visits every match of a common query unless the page's order needs it (the best-rated matches of a
 * text, found through the text index; PRICE sorts on a per-currency price no index holds).
 */
export async function runSearch(db: DbExecutor, query: SearchQuery, text: SQL | null, sampleSize: number): Promise<SearchRows> {
  // `sample`: the first matches in table order, at most `sampleSize`, counted exactly when there are no more.
  // `span`: how many of the table's blocks the scan went through to find them. A bitmap or sequential scan reads blocks
  // in order, possibly starting mid-table and wrapping around (synchronized scans), so it is the table minus the
  // largest gap between sampled blocks, taken circularly.
  // The query is built once, in a CTE: inlined, a generic prepared plan would rebuild it for every row.
  const tsquery = text ? sql`(select tsq from q)` : null;
  const [row] = await db.execute<{ result: SearchRows }>(sql`
    with q as (select ${text ?? sql`null::tsquery`} as tsq),
    size as (select pg_relation_size(${tableName}::regclass) / current_setting('block_size')::bigint as blocks),
    sample as materialized (
      select ctid, category_ids, languages, ${orderColumns} from ${searchDocuments} where ${filters(query, tsquery)} limit ${sampleSize}
    ),
    span as (select max(size.blocks) - max(g.gap) + 1 as blocks from (
        select coalesce(lead(b) over (order by b), min(b) over () + (select blocks from size)) - b as gap
        from (select (ctid::text::point)[0]::bigint as b from sample) blocks) g, size),
    page as (${pageQuery(query, tsquery, sampleSize)})
    select json_build_object(
      'page', coalesce((select json_agg(json_build_object(
          'expert_id', d.expert_id,
          'display_name', ${tsquery ? highlighted(sql`d.display_name`, tsquery, headlineOptions) : sql`d.display_name`},
          'headline', ${tsquery ? highlighted(sql`d.headline`, tsquery, headlineOptions) : sql`d.headline`},
          'snippet', ${tsquery ? highlighted(sql`d.bio`, tsquery, snippetOptions) : sql`case when length(d.bio) <= 160 then d.bio else regexp_replace(left(d.bio, 161), '\s+\S*$', '') || '…' end`}
        ) order by p.position) from page p join ${searchDocuments} d using (expert_id)), '[]'::json),
      'sample', ${sampleStats(sampleSize)},
      'categories', ${query.facets === false ? sql`null` : sql`(select json_object_agg(id, n) from (select unnest(category_ids) as id, count(*) as n from sample group by 1) c)`},
      'languages', ${query.facets === false ? sql`null` : sql`(select json_object_agg(code, n) from (select unnest(languages) as code, count(*) as n from sample group by 1) l)`}
    ) as result`);
  return row!.result;
}

export async function suggestExperts(db: DbExecutor, text: SQL, limit: number) {
  return db.execute<{ expert_id: string; slug: string; display_name: string; headline: string }>(sql`
    with q as (select ${text} as tsq),
    candidates as (
      select expert_id, slug, display_name, headline, document, rating from ${searchDocuments}
      where document @@ (select tsq from q)
      order by ${bestRated}
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
