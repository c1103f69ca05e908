/**
 * The SQL of a PostgreSQL search: one statement returns the page with highlights, and a sample of the matches for
 * totals and facet counts (search-estimate.ts). Words become a tsquery in postgres-search.words.ts.
 */
import { getTableName, sql, type SQL } from 'drizzle-orm';
import { executePrepared, type Database } from '../../platform/db/client';
import { highlightEnd, highlightStart, type PaidPriceModelName, type SearchQuery } from './search.port';
import { chosenWords, correctedText, tsqueryOf } from './postgres-search.words';
import { searchDocuments } from './search.table';

const tableName = getTableName(searchDocuments);

/** What the cheapest offering paid this way costs to book in this currency; null without one. */
const modelPrice = (model: PaidPriceModelName, currency: string) => sql`(booking_prices_by_model -> ${model} ->> ${currency})::bigint`;

function filters(query: SearchQuery, tsquery: SQL | null): SQL {
  const conditions: SQL[] = [sql`true`];
  if (tsquery) conditions.push(sql`document @@ (${tsquery})`);
  if (query.categoryId) conditions.push(sql`category_ids @> array[${query.categoryId}]::uuid[]`);
  if (query.language) conditions.push(sql`languages @> array[${query.language}]::text[]`);
  if (query.priceModel) conditions.push(sql`price_models @> array[${query.priceModel}]::text[]`);
  if (query.maxPrice) {
    const { amountMinor, currency } = query.maxPrice;
    // One offering meets both filters: with a paid model, its cheapest offering in the currency; a free one costs nothing.
    if (query.priceModel === 'PER_SESSION' || query.priceModel === 'PER_MINUTE') {
      conditions.push(sql`${modelPrice(query.priceModel, currency)} <= ${amountMinor}`);
    } else if (query.priceModel !== 'FREE') {
      conditions.push(sql`(has_free_offering or (booking_prices ->> ${currency})::bigint <= ${amountMinor})`);
    }
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
export const bestRated = sql`rating desc nulls last, review_count desc nulls last, approved_at desc nulls last, expert_id`;

function ordering(query: SearchQuery): SQL {
  switch (query.sort) {
    case 'RATING':
      return bestRated;
    case 'PRICE':
      if (query.priceModel === 'PER_SESSION' || query.priceModel === 'PER_MINUTE')
        return sql`${modelPrice(query.priceModel, query.priceCurrency ?? '')} asc nulls last, expert_id`;
      return sql`has_free_offering desc, (booking_prices ->> ${query.priceCurrency ?? ''})::bigint asc nulls last, expert_id`;
    case 'RELEVANCE':
      return bestRated;
  }
}

/**
 * How many of the best-rated matches RELEVANCE ranks by text, by default. Ranking reads each match's whole document,
 * which is what a common word over 100,000 experts makes expensive; past the first hundred, rating decides anyway.
 */
export const defaultRankedCandidates = 100;

/** How much a search reads: the sample's size (search-estimate.ts), and the candidates RELEVANCE ranks by text. */
export interface SearchLimits {
  sampleSize: number;
  rankedCandidates: number;
}

const headlineOptions = `StartSel=${highlightStart}, StopSel=${highlightEnd}, HighlightAll=true`;
const snippetOptions = `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxFragments=1, MaxWords=24, MinWords=12`;

/** Highlighted with the stemming of the expert's first language. */
function highlighted(column: SQL, tsquery: SQL, options: string): SQL {
  return sql`case when d.languages[1] = 'fr'
    then ts_headline('skillcall_fr', ${column}, ${tsquery}, ${options})
    else ts_headline('skillcall_en', ${column}, ${tsquery}, ${options}) end`;
}

/** What ordering needs of a match, read from the sample or the table alike. */
const orderColumns = sql`expert_id, rating, review_count, approved_at, has_free_offering, booking_prices, booking_prices_by_model`;

/**
 * Reading fewer matches of a common word. In the RATING order (and RELEVANCE's candidates), the first `first` matches
 * of a word found in 5% of 100,000 experts sit in the top few percent of `best_rated_band`. The sample, read in table
 * order, shows how the matches spread over the bands; the band floor is the one above which the sample promises
 * `bandMargin` times the needed matches. The text index holds the band too, so the scan skips lower bands without
 * reading them. If the table holds fewer matches above the floor than needed after all, the full read runs instead:
 * the floor saves work, never changes results. It is used only while it keeps at most `bandShareLimit` of the
 * matches: above that, the band's share of the index costs more than reading every match.
 */
const bandMargin = 2;
const bandShareLimit = 0.25;

/**
 * The expert ids of the requested page, in order: `(expert_id, position)`. The first matches in the page's order
 * (for RELEVANCE with text, the best-rated ones, then ranked by text) come from the sample when it holds every match, so
 * a rare query reads its matches once; otherwise from the table: above the band floor for a common word, or, without
 * text, by walking search_documents_best_rated_idx until a page is found. Branches are gated by one-time filters, so
 * only those needed run. Returns the CTEs it needs and the page's query.
 */
function pageQuery(query: SearchQuery, tsquery: SQL | null, { sampleSize, rankedCandidates }: SearchLimits): { ctes: SQL; page: SQL } {
  // RELEVANCE with text ranks the best-rated matches by how well the text matches.
  const rankByText = tsquery !== null && query.sort === 'RELEVANCE';
  const useBands = tsquery !== null && query.sort !== 'PRICE';
  const order = ordering(query);
  const first = query.offset + query.limit + (rankByText ? rankedCandidates : 0);
  // Each branch yields the row's ctid: only the `first` candidates are then read again, to be ranked by text.
  const columns = sql`ctid, ${orderColumns}`;
  const complete = sql`(select count(*) from sample) < ${sampleSize}`;
  // How many of the sample's best bands stand for `bandMargin * first` matches of the whole table.
  const sampleRowsNeeded = sql`ceil(${bandMargin * first}::float8 * (select blocks from span) / (select blocks from size))::int`;
  const ctes = useBands
    ? sql`band_floor as (
        select case when not ${complete} and ${sampleRowsNeeded} <= ${Math.floor(bandShareLimit * sampleSize)}
          then (select best_rated_band from sample order by best_rated_band desc offset ${sampleRowsNeeded} - 1 limit 1) end as band),
      banded as materialized (
        select ${columns} from ${searchDocuments}
        where (select band from band_floor) is not null and ${filters(query, tsquery)} and best_rated_band >= (select band from band_floor)::smallint
        order by ${order} limit ${first}),`
    : sql``;
  const bandedSuffices = useBands ? sql`(select count(*) from banded) >= ${first}` : sql`false`;
  const firstMatches = sql`
    (select ${columns} from sample where ${complete} order by ${order} limit ${first})
    union all
    ${useBands ? sql`(select ${columns} from banded where ${bandedSuffices}) union all` : sql``}
    (select ${columns} from ${searchDocuments} where ${filters(query, tsquery)} and not ${complete} and not ${bandedSuffices} order by ${order} limit ${first})`;
  const candidates = sql`(select ctid, expert_id, row_number() over (order by ${order}) as best from (${firstMatches}) f) c`;
  const page = rankByText
    ? sql`select c.expert_id, row_number() over (order by ts_rank(d.document, ${tsquery}) desc, c.best) as position
        from ${candidates} join ${searchDocuments} d on d.ctid = c.ctid
        order by position limit ${query.limit} offset ${query.offset}`
    : sql`select expert_id, best as position from ${candidates} order by best limit ${query.limit} offset ${query.offset}`;
  return { ctes, page };
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
  /** The text held only stop words: the search looked for nothing. */
  no_words: boolean;
  /** The words searched for instead of those typed, when a typo was corrected (postgres-search.queries.ts). */
  corrected: string | null;
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
export async function runSearch(db: Database, query: SearchQuery, words: string[], limits: SearchLimits): Promise<SearchRows> {
  const { sampleSize } = limits;
  // `sample`: the first matches in table order, at most `sampleSize`, counted exactly when there are no more.
  // `span`: how many of the table's blocks the scan went through to find them. A bitmap scan reads blocks in order from
  // the first, and so does a sequential scan since the API's connections turn synchronized scans off (db/client.ts):
  // it is the last sampled block, plus one. One ctid is converted rather than every row's.
  // The query is built once, in a CTE: inlined, a generic prepared plan would rebuild it for every row.
  const text = words.length > 0;
  const tsquery = text ? sql`(select tsq from q)` : null;
  const { ctes, page } = pageQuery(query, tsquery, limits);
  const statement = sql`
    with ${text ? sql`typed as materialized (${chosenWords(words, false)}),` : sql``}
    q as (select ${text ? tsqueryOf(sql`typed`) : sql`null::tsquery`} as tsq),
    size as (select pg_relation_size(${tableName}::regclass) / current_setting('block_size')::bigint as blocks),
    sample as materialized (
      select ctid, category_ids, languages, best_rated_band, ${orderColumns} from ${searchDocuments} where ${filters(query, tsquery)} limit ${sampleSize}
    ),
    span as (select (max(ctid)::text::point)[0]::bigint + 1 as blocks from sample),
    ${ctes}
    page as (${page})
    select json_build_object(
      'page', coalesce((select json_agg(json_build_object(
          'expert_id', d.expert_id,
          'display_name', ${tsquery ? highlighted(sql`d.display_name`, tsquery, headlineOptions) : sql`d.display_name`},
          'headline', ${tsquery ? highlighted(sql`d.headline`, tsquery, headlineOptions) : sql`d.headline`},
          'snippet', ${tsquery ? highlighted(sql`d.bio`, tsquery, snippetOptions) : sql`case when length(d.bio) <= 160 then d.bio else regexp_replace(left(d.bio, 161), '\s+\S*$', '') || '…' end`}
        ) order by p.position) from page p join ${searchDocuments} d using (expert_id)), '[]'::json),
      'sample', ${sampleStats(sampleSize)},
      'no_words', ${text ? sql`(select tsq is null from q)` : sql`false`},
      'corrected', ${text ? correctedText(sql`typed`) : sql`null`},
      'categories', ${query.facets === false ? sql`null` : sql`(select json_object_agg(id, n) from (select unnest(category_ids) as id, count(*) as n from sample group by 1) c)`},
      'languages', ${query.facets === false ? sql`null` : sql`(select json_object_agg(code, n) from (select unnest(languages) as code, count(*) as n from sample group by 1) l)`}
    ) as result`;
  // A text search is prepared: its plan is the same for any words (and planning it costs several milliseconds). Without
  // text, the best plan depends on how common the filters are (a large category walks the best-rated index, a small
  // one reads its few rows), which only a plan made for the actual values knows.
  const [row] = text ? await executePrepared<{ result: SearchRows }>(db, statement) : await db.execute<{ result: SearchRows }>(statement);
  return row!.result;
}
