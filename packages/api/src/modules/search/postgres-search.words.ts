/** The words typed, read against the index's vocabulary (typos corrected) and made a tsquery, in SQL. */
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../platform/db/arrays';
import { searchTerms } from './search.table';
import { synonymGroupOf } from './synonyms';

/** Each word's synonym group, as the JSON parameter of the statement that builds the tsquery. */
const synonymsByWord = JSON.stringify(synonymGroupOf);

/**
 * The words typed (text.ts's `queryTerms`) as the index reads them, one row each: `(n, word, chosen, is_prefix,
 * is_stop)`. A word the index does not know is replaced by the closest one it knows (`chosen`): 1 edit for 4-letter
 * words, 2 from 5 letters (a swap of two letters, "pyhton", is 2 edits here), none below 4. With `lastIsPrefix`, the
 * last word is taken as typed, stop word or not. Built in SQL so that it travels with the search, in the same round trip.
 */
export function chosenWords(words: string[], lastIsPrefix: boolean): SQL {
  return sql`select a.n, a.word, chosen.word as chosen, a.is_prefix, a.is_stop
      from (
        select u.word, u.n, ${lastIsPrefix} and u.n = ${words.length} as is_prefix,
          numnode(plainto_tsquery('skillcall_en', u.word)) = 0 and numnode(plainto_tsquery('skillcall_fr', u.word)) = 0 as is_stop,
          exists (select 1 from ${searchTerms} t where t.term = u.word) as known
        from unnest(${pgArray(words, 'text')}) with ordinality as u(word, n)) a
      cross join lateral (select case when a.known or a.is_prefix or a.is_stop then a.word else coalesce(
          (select t.term from ${searchTerms} t
            where length(a.word) >= 4 and length(t.term) between length(a.word) - 2 and length(a.word) + 2
              and levenshtein_less_equal(t.term, a.word, 2) <= case when length(a.word) >= 5 then 2 else 1 end
            order by levenshtein(t.term, a.word), similarity(t.term, a.word) desc, t.term limit 1),
          a.word) end as word) chosen`;
}

/**
 * The tsquery for `words`, rows of `chosenWords` (a CTE's name or a parenthesized subquery). Every word must match,
 * in English, French or as written, except stop words of both languages, which are dropped. Each word also matches
 * its synonyms, and those of what was typed. A prefix word matches as a prefix. Null when no word is left (all stop
 * words): say so with `(select tsq from q) is null`.
 */
export function tsqueryOf(words: SQL): SQL {
  return sql`(select string_agg(alternatives, ' & ' order by n)::tsquery from (
      select a.n, '(' || string_agg(distinct '(' || t::text || ')', ' | ') || ')' as alternatives
      from ${words} a
      cross join lateral (select distinct v from (
          select a.chosen
          union all select jsonb_array_elements_text(${synonymsByWord}::jsonb -> a.chosen)
          union all select jsonb_array_elements_text(${synonymsByWord}::jsonb -> a.word)) variants(v)) variant
      cross join lateral unnest(case when a.is_prefix and variant.v !~ '[+#]'
          then array[to_tsquery('skillcall_simple', variant.v || ':*')]
          else array[plainto_tsquery('skillcall_en', variant.v), plainto_tsquery('skillcall_fr', variant.v), plainto_tsquery('skillcall_simple', variant.v)] end) as t
      where (a.is_prefix or not a.is_stop) and numnode(t) > 0
      group by a.n) groups)`;
}

/** What was searched for instead of `words` (rows of `chosenWords`): the words with corrections, or null if none. */
export function correctedText(words: SQL): SQL {
  return sql`(select case when bool_or(chosen <> word) then string_agg(chosen, ' ' order by n) end from ${words} w)`;
}

/** The tsquery for the words typed: `chosenWords` then `tsqueryOf`. Null when no word was typed. */
export function typedQuery(words: string[], lastIsPrefix: boolean): SQL | null {
  if (!words.length) return null;
  return tsqueryOf(sql`(${chosenWords(words, lastIsPrefix)})`);
}
