/**
 * The interface's strings travel with the code that shows them. `src/locales/en.json` and `fr.json` stay one file per
 * language, edited by hand; the build cuts each into groups, one per top-level key (`home`, `search`…), and one per
 * second-level section of a large top-level key (`admin.queue`, `room.call`…, the rest of `admin` in `admin`), each a
 * small script of its own (`strings-en-search-<hash>.js`). A source module that names a key (`'search.title'`, or a
 * key built from a prefix, `` `bookingStatus.${status}` ``, which needs every group under it) needs that key's group;
 * the build knows which modules every chunk holds, so:
 *
 * - the groups of the first download (the entry and every chunk it imports: layout, header, footer, error states)
 *   are the `shellGroups` that `main.tsx` loads before the first render;
 * - every other chunk (a page, a dialog loaded on demand) starts with `await` on the groups it needs and the shell
 *   does not have, so its code runs only once its strings are there, and chunks loaded together fetch theirs in
 *   parallel (a top-level await holds back only the modules that import it).
 *
 * Nobody lists keys or pages by hand: a new key goes into both JSON files under the top-level key of its feature, and
 * a new top-level key is a new group. In `vite dev` there are no chunks: the shell is every group.
 *
 * Hand-written because no maintained plugin splits one i18next file by the chunks that use it (i18next's own answer is
 * a namespace per file, named at every `useTranslation` call, which would move every key of the app by hand).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** A top-level key whose strings (as JSON, in English) are larger than this is cut at its second level. */
const largeGroupChars = 3000;

/**
 * The groups of a language file: every top-level key, and for a large one, every second-level section holding an
 * object (`admin.queue`), its plain strings staying in the top-level group (`admin`).
 */
export function stringGroups(strings: Record<string, unknown>): string[] {
  return Object.entries(strings).flatMap(([key, value]) => {
    const sections = isObject(value) && JSON.stringify(value).length > largeGroupChars ? Object.entries(value) : [];
    return [key, ...sections.filter(([, child]) => isObject(child)).map(([child]) => `${key}.${child}`)];
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A group's strings, as a fragment of the language file to merge (`{ admin: { queue: {…} } }`). */
export function groupStrings(strings: Record<string, unknown>, group: string, groups: ReadonlySet<string>): Record<string, unknown> {
  const [key, section] = group.split('.') as [string, string | undefined];
  const value = strings[key];
  if (section !== undefined) return { [key]: { [section]: isObject(value) ? (value[section] ?? {}) : {} } };
  if (!isObject(value)) return { [key]: value ?? {} };
  return { [key]: Object.fromEntries(Object.entries(value).filter(([child]) => !groups.has(`${key}.${child}`))) };
}

/**
 * The groups a module's source names: a quoted or template string starting with a top-level key and a dot
 * (`'search.title'`), narrowed to its section when the key is cut (`'admin.queue.title'`). A string that stops at
 * the key (`` `bookingStatus.${status}` ``) needs every group under it.
 */
export function groupsNamedIn(code: string, groups: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/['"`]([A-Za-z]\w*)\.(\$\{|[A-Za-z]\w*)?/g)) {
    const [, key, next] = match as unknown as [string, string, string | undefined];
    if (!groups.has(key)) continue;
    if (next === undefined || next === '${') {
      for (const group of groups) if (group === key || group.startsWith(`${key}.`)) found.add(group);
    } else {
      found.add(groups.has(`${key}.${next}`) ? `${key}.${next}` : key);
    }
  }
  return [...found].sort();
}

/** What a chunk of the bundle tells this plugin (a subset of Rollup's and Rolldown's chunk info). */
export interface ChunkInfo {
  isEntry: boolean;
  moduleIds: readonly string[];
  imports: readonly string[];
  dynamicImports: readonly string[];
}

/**
 * The groups the entry's static closure needs (the shell), and for every other chunk the groups its own modules name
 * that the shell lacks. A chunk statically imported by the entry belongs to the shell.
 */
export function planStrings(
  chunks: Readonly<Record<string, ChunkInfo>>,
  groupsOf: (moduleId: string) => readonly string[],
): { shell: string[]; perChunk: Map<string, string[]> } {
  const shellChunks = new Set<string>();
  const visit = (file: string) => {
    if (shellChunks.has(file) || !chunks[file]) return;
    shellChunks.add(file);
    for (const imported of chunks[file].imports) visit(imported);
  };
  for (const [file, chunk] of Object.entries(chunks)) if (chunk.isEntry) visit(file);
  const own = (file: string) => new Set(chunks[file]!.moduleIds.flatMap((id) => groupsOf(id)));
  const shell = new Set([...shellChunks].flatMap((file) => [...own(file)]));
  const perChunk = new Map<string, string[]>();
  for (const file of Object.keys(chunks)) {
    if (shellChunks.has(file)) continue;
    const needed = [...own(file)].filter((group) => !shell.has(group)).sort();
    if (needed.length > 0) perChunk.set(file, needed);
  }
  return { shell: [...shell].sort(), perChunk };
}

const stringsModule = 'virtual:skillcall/strings';
const resolvedStrings = '\0skillcall-strings';
const groupPrefix = '\0skillcall-strings:';
const shellPlaceholder = '"__skillcall_shell_groups__"';
/** What a page's chunk awaits before its code: the loader `lib/i18n.ts` puts there (chunks cannot import the entry). */
const chunkLoaderGlobal = '__skillcallLoadStrings';

/** A group's script: the fragment, parsed as JSON (faster than the same object as code). */
const stringsFile = (language: string, group: string, hash: string) => `assets/strings-${language}-${group}-${hash}.js`;

const groupScript = (fragment: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(fragment))});\n`;

/** The groups a built chunk awaits (the line `renderChunk` below puts first, as the minifier left it), or none. */
export function groupsAwaitedBy(code: string): string[] {
  const line = new RegExp(`^await globalThis\\.${chunkLoaderGlobal}\\(\\[([^\\]]*)\\]\\);`).exec(code);
  return line ? [...line[1]!.matchAll(/["'`]([\w.]+)["'`]/g)].map((group) => group[1]!) : [];
}

/** What other build steps may ask (build/route-preloads.ts): the shell's groups, and a group's file in a language. */
export interface StringsApi {
  shellGroups(): readonly string[];
  file(language: string, group: string): string | undefined;
  languages: readonly string[];
}

export function stringsPerChunk({ localesDir, languages }: { localesDir: string; languages: readonly string[] }): Plugin & {
  api: StringsApi;
} {
  const read = (language: string) => JSON.parse(readFileSync(`${localesDir}/${language}.json`, 'utf8')) as Record<string, unknown>;
  let groups = new Set<string>();
  let dev = false;
  /** In a build: each group's scripts by language, and the content hash in their file names. */
  let scripts = new Map<string, { hash: string; sources: Map<string, string> }>();
  const groupsByModule = new Map<string, string[]>();
  let shell: string[] = [];
  return {
    api: {
      shellGroups: () => shell,
      file: (language, group) => {
        const script = scripts.get(group);
        return script && stringsFile(language, group, script.hash);
      },
      languages,
    },
    name: 'skillcall:strings-per-chunk',
    enforce: 'pre',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    buildStart() {
      groups = new Set(stringGroups(read('en')));
      const files = languages.map((language) => [language, read(language)] as const);
      scripts = new Map(
        [...groups].map((group) => {
          const sources = new Map(files.map(([language, strings]) => [language, groupScript(groupStrings(strings, group, groups))]));
          // One short hash per group, over every language: it only has to change when the group's strings do.
          const hash = createHash('sha256')
            .update([...sources.values()].join('\0'))
            .digest('base64url')
            .slice(0, 6);
          return [group, { hash, sources }];
        }),
      );
      for (const language of languages) this.addWatchFile(`${localesDir}/${language}.json`);
    },
    resolveId(source) {
      if (source === stringsModule) return resolvedStrings;
      return source.startsWith(groupPrefix) ? source : null;
    },
    load(id) {
      if (id.startsWith(groupPrefix)) {
        const [language, group] = id.slice(groupPrefix.length).split('/') as [string, string];
        return groupScript(groupStrings(read(language), group, groups));
      }
      if (id !== resolvedStrings) return null;
      const common = [
        `export const groups = ${JSON.stringify([...groups])};`,
        `export const chunkLoaderGlobal = ${JSON.stringify(chunkLoaderGlobal)};`,
      ];
      if (dev) {
        // No chunks in `vite dev`: every group is the shell's, each a module of its own.
        const loaders = languages.map(
          (language) =>
            `${JSON.stringify(language)}: {${[...groups].map((group) => `${JSON.stringify(group)}: () => import('${groupPrefix}${language}/${group}')`).join(', ')}}`,
        );
        return [
          ...common,
          `export const shellGroups = groups;`,
          `const loaders = {${loaders.join(', ')}};`,
          `export const loadGroup = (language, group) => loaders[language][group]();`,
        ].join('\n');
      }
      // In a build the group scripts are files with a content hash, beside the entry: the entry carries only the hashes.
      const hashes = [...groups].map((group) => scripts.get(group)!.hash).join('');
      return [
        ...common,
        `export const shellGroups = [${shellPlaceholder}];`,
        `const hashes = ${JSON.stringify(hashes)};`,
        `export const loadGroup = (language, group) => {`,
        `  const at = groups.indexOf(group) * 6;`,
        `  return import(/* @vite-ignore */ './strings-' + language + '-' + group + '-' + hashes.slice(at, at + 6) + '.js');`,
        `};`,
      ].join('\n');
    },
    transform(code, id) {
      if (!/[\\/]packages[\\/]web[\\/]src[\\/].*\.tsx?$/.test(id) || id.includes('node_modules')) return null;
      const named = groupsNamedIn(code, groups);
      if (named.length > 0) groupsByModule.set(id, named);
      else groupsByModule.delete(id);
      return null;
    },
    renderChunk(code, chunk, _options, meta) {
      const chunks = meta.chunks as unknown as Record<string, ChunkInfo>;
      const plan = planStrings(chunks, (id) => groupsByModule.get(id) ?? []);
      if (code.includes(shellPlaceholder)) {
        shell = plan.shell;
        return { code: code.replace(shellPlaceholder, plan.shell.map((group) => JSON.stringify(group)).join(', ')), map: null };
      }
      const needed = plan.perChunk.get(chunk.fileName);
      if (!needed) return null;
      return { code: `await globalThis.${chunkLoaderGlobal}(${JSON.stringify(needed)});\n${code}`, map: null };
    },
    generateBundle() {
      for (const [group, { hash, sources }] of scripts) {
        for (const [language, source] of sources) {
          this.emitFile({ type: 'asset', fileName: stringsFile(language, group, hash), source });
        }
      }
    },
  };
}
