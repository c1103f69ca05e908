/** The embedded default search engine: PostgreSQL full-text search with accent folding, synonyms and typo correction. */
import type { Database } from '../../platform/db/client';
import { addVocabulary, deleteSearchDocuments, suggestExperts, upsertSearchDocument } from './postgres-search.queries';
import { typedQuery } from './postgres-search.words';
import { defaultRankedCandidates, runSearch } from './postgres-search.page';
import type { ExpertDocument, SearchEngine, SearchQuery, SearchResultPage, Suggestion } from './search.port';
import { totalsFromSample } from './search-estimate';
import { queryTerms } from './text';

function vocabularyOf(doc: ExpertDocument): string[] {
  const text = [doc.displayName, doc.headline, ...doc.skills, ...doc.offeringTitles, doc.bio, ...doc.offeringDescriptions].join(' ');
  return [...new Set(queryTerms(text, 10_000).filter((w) => w.length >= 3 && w.length <= 40))];
}

export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  /**
   * `exactCountUpTo`: totals and facet counts are exact up to this many matches, estimated above (search-estimate.ts).
   * `rankedCandidates`: how many of the best-rated matches RELEVANCE ranks by text.
   */
  constructor(
    private readonly db: Database,
    private readonly options: { exactCountUpTo: number; rankedCandidates?: number } = { exactCountUpTo: 1000 },
  ) {}

  async ensureReady(): Promise<void> {
    // The index is a table created by the migrations: nothing to configure at runtime.
  }

  async upsert(documents: ExpertDocument[]): Promise<void> {
    const ordered = [...documents].sort((a, b) => a.id.localeCompare(b.id));
    await this.db.transaction(async (tx) => {
      for (const doc of ordered) await upsertSearchDocument(tx, doc);
      await addVocabulary(tx, ordered.flatMap(vocabularyOf));
    });
  }

  async remove(expertIds: string[]): Promise<void> {
    await deleteSearchDocuments(this.db, expertIds);
  }

  async removeAll(): Promise<void> {
    await deleteSearchDocuments(this.db, 'all');
  }

  async search(query: SearchQuery): Promise<SearchResultPage> {
    const { exactCountUpTo, rankedCandidates = defaultRankedCandidates } = this.options;
    const limits = { sampleSize: exactCountUpTo + 1, rankedCandidates };
    let rows = await runSearch(this.db, query, queryTerms(query.text), limits);
    // Only stop words ("the", "de"): nothing to look for, so everyone matches, as without text.
    if (rows.no_words) rows = await runSearch(this.db, query, [], limits);
    const { sample } = rows;
    return {
      hits: rows.page.map((r) => ({
        id: r.expert_id,
        highlights: { displayName: r.display_name, headline: r.headline, snippet: r.snippet },
      })),
      ...totalsFromSample(
        {
          count: Number(sample.count),
          spanBlocks: sample.span_blocks === null ? null : Number(sample.span_blocks),
          tableBlocks: Number(sample.table_blocks),
          tableRows: Number(sample.table_rows),
          categories: rows.categories ?? {},
          languages: rows.languages ?? {},
        },
        exactCountUpTo,
      ),
      correctedQuery: rows.corrected,
    };
  }

  /** Experts whose words start with what was typed; if none, what was typed read as whole words, typos corrected. */
  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const words = queryTerms(prefix);
    for (const asPrefix of [true, false]) {
      const tsquery = typedQuery(words, asPrefix);
      if (!tsquery) return [];
      const rows = await suggestExperts(this.db, tsquery, limit);
      if (rows.length) return rows.map((r) => ({ id: r.expert_id, slug: r.slug, displayName: r.display_name, headline: r.headline }));
    }
    return [];
  }

  async isHealthy(): Promise<boolean> {
    return true;
  }
}
