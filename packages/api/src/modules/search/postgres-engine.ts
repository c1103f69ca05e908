/** The embedded default search engine: PostgreSQL full-text search with accent folding, synonyms and typo correction. */
import type { Database } from '../../platform/db/client';
import {
  addVocabulary,
  analyzeTerms,
  deleteSearchDocuments,
  runSearch,
  suggestExperts,
  termsQuery,
  upsertSearchDocument,
} from './postgres-search.queries';
import type { ExpertDocument, SearchEngine, SearchQuery, SearchResultPage, Suggestion } from './search.port';
import { totalsFromSample } from './search-estimate';
import { withSynonyms } from './synonyms';
import { normalizeText, queryTerms } from './text';

function vocabularyOf(doc: ExpertDocument): string[] {
  const text = [doc.displayName, doc.headline, ...doc.skills, ...doc.offeringTitles, doc.bio, ...doc.offeringDescriptions].join(' ');
  return [...new Set(queryTerms(text, 10_000).filter((w) => w.length >= 3 && w.length <= 40))];
}

export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  /** `exactCountUpTo`: totals and facet counts are exact up to this many matches, estimated above (search-estimate.ts). */
  constructor(
    private readonly db: Database,
    private readonly options: { exactCountUpTo: number } = { exactCountUpTo: 1000 },
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

  /** Words to look for: stop words dropped, unknown words corrected to the closest known one, synonyms added. */
  private async termGroups(text: string, prefix: boolean): Promise<string[][]> {
    const words = queryTerms(text);
    const analysis = await analyzeTerms(this.db, words);
    const groups: string[][] = [];
    analysis.forEach((term, i) => {
      const isLast = i === analysis.length - 1;
      if (term.isStopWord && !(prefix && isLast)) return;
      const word = !term.known && term.correction && !(prefix && isLast) ? term.correction : term.word;
      groups.push([...new Set([word, ...withSynonyms(word), ...withSynonyms(term.word)])]);
    });
    return groups;
  }

  async search(query: SearchQuery): Promise<SearchResultPage> {
    const tsquery = termsQuery(await this.termGroups(query.text, false), false);
    const { exactCountUpTo } = this.options;
    const rows = await runSearch(this.db, query, tsquery, exactCountUpTo + 1);
    const { sample } = rows;
    return {
      hits: rows.page.map((r) => ({ id: r.expert_id, highlights: { displayName: r.display_name, headline: r.headline, snippet: r.snippet } })),
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
    };
  }

  /** Experts whose words start with what was typed; if none, what was typed read as whole words, typos corrected. */
  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    if (!normalizeText(prefix).trim()) return [];
    for (const asPrefix of [true, false]) {
      const tsquery = termsQuery(await this.termGroups(prefix, asPrefix), asPrefix);
      if (!tsquery) continue;
      const rows = await suggestExperts(this.db, tsquery, limit);
      if (rows.length) return rows.map((r) => ({ id: r.expert_id, slug: r.slug, displayName: r.display_name, headline: r.headline }));
    }
    return [];
  }

  async isHealthy(): Promise<boolean> {
    return true;
  }
}
