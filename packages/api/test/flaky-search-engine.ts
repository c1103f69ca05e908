import type { SearchEngine } from '../src/modules/search/search.port';

/** Wraps a real engine so a test can take it down and bring it back, as an outage would. */
export class FlakySearchEngine implements SearchEngine {
  down = false;
  /** How many calls the outage refused (a test waits for the drain's attempt instead of sleeping). */
  refused = 0;

  constructor(private readonly engine: SearchEngine) {}

  get name() {
    return this.engine.name;
  }

  private guard<T>(work: () => Promise<T>): Promise<T> {
    if (!this.down) return work();
    this.refused += 1;
    return Promise.reject(new Error('search engine unreachable'));
  }

  ensureReady = () => this.guard(() => this.engine.ensureReady());
  upsert: SearchEngine['upsert'] = (docs) => this.guard(() => this.engine.upsert(docs));
  remove: SearchEngine['remove'] = (ids) => this.guard(() => this.engine.remove(ids));
  removeAll = () => this.guard(() => this.engine.removeAll());
  search: SearchEngine['search'] = (query) => this.guard(() => this.engine.search(query));
  suggest: SearchEngine['suggest'] = (prefix, limit) => this.guard(() => this.engine.suggest(prefix, limit));
  isHealthy = async () => !this.down && (await this.engine.isHealthy());
}
