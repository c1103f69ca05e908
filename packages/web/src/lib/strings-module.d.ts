/** The module build/strings-per-chunk.ts generates: the strings' groups, one script per language and group. */
declare module 'virtual:skillcall/strings' {
  /** Every group: a top-level key of the locale files, or a section of a large one (`admin.queue`). */
  export const groups: readonly string[];
  /** The groups the first download's code names, which main.tsx loads before the first render. */
  export const shellGroups: readonly string[];
  /** The global a page's chunk awaits its groups through. */
  export const chunkLoaderGlobal: string;
  /** One group's strings in one language, as a fragment of the language's file to merge into i18next's. */
  export function loadGroup(language: string, group: string): Promise<{ default: Record<string, unknown> }>;
}
