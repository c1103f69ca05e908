/**
 * The one anti-solicitation filter: finds a way to reach a person outside Skillcall (email address, phone number,
 * link, messaging app or social handle) in any text another person reads. Pure; `public-text.ts` turns it into the
 * CONTACT_DETAILS field error every input schema uses.
 *
 * The approach: normalize first, then let maintained detectors match.
 * 1. Unicode NFKC (full-width `＠．`, circled and mathematical letters), invisible format characters removed, then
 *    the `confusables` package maps look-alikes (Cyrillic `а`, small capitals, accents) to plain Latin letters.
 * 2. Obfuscations written around the symbols: `[@]`, `(at)`, `{dot}`, ` arobase `, spaces around `@`, and the words
 *    for "at" (at, chez, arobase) and "dot" (dot, point, punto). A word for "dot" becomes `.` only before a
 *    common top-level domain (`point com`, `dot fr`), so prose ("meet at the point of…", "point de vue") keeps
 *    its meaning and is not read as an address.
 * 3. Letters spaced out (`w a l k e r`) are joined, letters typed for digits inside numbers (`O6 l2`) become
 *    digits, and numbers spelled in English or French words ("zero six twelve", "zéro six douze
 *    soixante-dix-huit") become digits. No maintained package reads French number words, and a phone number is
 *    only ever spoken as groups below a hundred, so a short table does it here (`spelledNumbers`).
 * 4. linkify-it finds email addresses, URLs and bare domains; libphonenumber-js finds phone numbers (French and
 *    English formats, with or without the country code) after dates and times are set aside; a short pattern
 *    list finds messaging apps, "wa.me/…"-style links and social handles ("insta: @walker").
 * Each step runs on a copy of the text, and the detectors look at every copy: a transformation can only add
 * findings where the author hid something, never hide what the plain text shows.
 */
import { LinkifyIt } from 'linkify-it';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { remove as withoutConfusables } from 'confusables';

export type ContactDetailKind = 'EMAIL' | 'PHONE' | 'LINK' | 'MESSAGING';

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true }).tlds(
  ['app', 'dev', 'io', 'me', 'ly', 'link', 'page', 'site', 'online', 'store', 'xyz', 'club', 'live', 'studio', 'tech', 'gg'],
  true,
);

/** Technology names that look like domains ("ASP.NET", "Node.js"): not links. */
const notLinks = new Set(['asp.net', 'vb.net', 'ado.net', 'node.js', 'vue.js', 'next.js', 'nuxt.js', 'three.js', 'd3.js', 'chart.js']);

const phoneRegions: CountryCode[] = ['FR', 'US', 'GB', 'BE', 'CH', 'CA', 'DE', 'ES'];

/** Top-level domains after which a spelled "dot"/"point" is read as `.` (none that is also a common word). */
const spokenTlds = 'com|net|org|fr|io|dev|info|eu|uk|biz|app';

const messagingPattern =
  /\b(whats\s?app|wh?atsap|telegram|signal\s+(me|app)|skype|wechat|viber|discord|snapchat|kik|line\s+id|calendly|messenger|dm\s+me|text\s+me|envoyez[- ]moi\s+un\s+(sms|texto)|contactez[- ]moi\s+(sur|via|par)|ecrivez[- ]moi\s+(sur|via)|(wa|t|m)\.me\s*\/|ig\s*:|insta(gram)?\s*:)/;
/** A social network named next to a handle, or with "me on" / "moi sur": a way to reach the author. */
const socialNetworks = 'insta(gram)?|ig|facebook|fb|linkedin|tiktok|twitter|x|snap|threads|bluesky|bsky|youtube|twitch|reddit';
const socialPatterns = [
  new RegExp(`\\b(insta(gram)?|ig|snap(chat)?|tiktok|twitter|facebook|fb|linkedin|discord)\\s*:\\s*[a-z0-9_.]{3,}`),
  new RegExp(`\\b(${socialNetworks})\\s*(:|=|-)?\\s*@[a-z0-9_.]{2,}`),
  new RegExp(`(@[a-z0-9_.]{2,})\\s+(on|sur)\\s+(${socialNetworks})\\b`),
  new RegExp(
    `\\b(me\\s+on|find\\s+me\\s+on|follow\\s+me\\s+on|add\\s+me\\s+on|moi\\s+sur|suivez[- ]moi\\s+sur|ajoutez[- ]moi\\s+sur)\\s+(${socialNetworks})\\b`,
  ),
];
/** A bare handle (`@walker`, not part of an email address). */
const handlePattern = /(^|[\s(:,;])@[a-z_][a-z0-9_.]{2,}\b/;

/** Step 1: one spelling of every character. */
function plain(text: string): string {
  return withoutConfusables(text.normalize('NFKC').replace(/\p{Cf}/gu, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Step 2: the written-out forms of `@` and `.` back to symbols. */
function symbols(text: string): string {
  return text
    .replace(/[[({<]\s*(@|at|arobase|chez|a)\s*[\])}>]/g, '@')
    .replace(/[[({<]\s*(\.|dot|point|punto)\s*[\])}>]/g, '.')
    .replace(new RegExp(`\\s+(at|arobase|chez)\\s+(?=[a-z0-9][\\w.-]*(\\s+\\.\\s*|\\s+(dot|point|punto)\\s+)(${spokenTlds})\\b)`, 'g'), '@')
    .replace(/\s+arobase\s+/g, '@')
    .replace(new RegExp(`(\\s+\\.\\s*|\\s+(dot|point|punto)\\s+)(?=(${spokenTlds})\\b)`, 'g'), '.')
    .replace(/\s+\.(?=[a-z])/g, '.')
    .replace(/(\w)\s*@\s*(?=\w)/g, '$1@');
}

/** Step 3a: runs of three or more single characters ("w a l k e r @ g m a i l . c o m") joined. */
function joinSpacedLetters(text: string): string {
  return text.replace(/(?<![^\s])(?:[a-z0-9@.+] ){2,}[a-z0-9@.+](?![^\s])/g, (run) => run.replace(/ /g, ''));
}

/** Step 3b: letters typed for digits inside a number ("O6 l2 34" → "06 12 34"). */
function lettersAsDigits(text: string): string {
  return text.replace(/\b[0-9oil|]*[0-9][0-9oil|]*\b/g, (token) => token.replace(/o/g, '0').replace(/[il|]/g, '1'));
}

/** Number words by value: units and teens, then tens from twenty. */
const unitWords = [
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  'zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize',
];
const tensWords = ['twenty thirty forty fifty sixty seventy eighty ninety', 'vingt trente quarante cinquante soixante'];
const units = new Map(unitWords.flatMap((words) => words.split(' ').map((word, value) => [word, value] as const)));
const tens = new Map(tensWords.flatMap((words) => words.split(' ').map((word, i) => [word, 20 + 10 * i] as const)));
units.set('une', 1);
tens.set('vingts', 20);

/** Reads one number below a hundred from `words` at `i`: its value and the index after it. */
function readNumber(words: string[], i: number): [number, number] | null {
  const word = words[i] ?? '';
  let value: number;
  let at: number;
  if (word === 'quatre' && /^vingts?$/.test(words[i + 1] ?? '')) [value, at] = [80, i + 2];
  else if (tens.has(word)) [value, at] = [tens.get(word)!, i + 1];
  else {
    const unit = units.get(word);
    if (unit === undefined) return null;
    const next = units.get(words[i + 1] ?? '') ?? 0;
    // "dix-sept", "dix-huit", "dix-neuf".
    return word === 'dix' && next >= 7 && next <= 9 ? [10 + next, i + 2] : [unit, i + 1];
  }
  if (words[at] === 'et' && /^(un|une|onze)$/.test(words[at + 1] ?? '')) at += 1;
  // "soixante-dix-huit", "quatre-vingt-douze": sixty and eighty take ten to nineteen in French.
  const next = readNumber(words, at);
  const largest = value === 60 || value === 80 ? 19 : 9;
  return next && next[0] >= 1 && next[0] <= largest ? [value + next[0], next[1]] : [value, at];
}

/**
 * Step 3c: numbers spelled in words become digits ("zéro six, douze" → "0 6 12"). A comma between two spoken
 * groups goes; elsewhere it stays, so a list of figures stays a list. Counting ("one, two, three, four") stays
 * words: three or more numbers in a row that each add one are not a phone number.
 */
function spelledNumbers(text: string): string {
  const words = text.split(/[\s-]+/).flatMap((word) => word.split(/(?=[,;]+$)/));
  const parts: { text: string; value?: number }[] = [];
  for (let i = 0; i < words.length;) {
    const read = readNumber(words, i);
    if (read) {
      parts.push({ text: words.slice(i, read[1]).join(' '), value: read[0] });
      i = read[1];
    } else parts.push({ text: words[i++]! });
  }
  const spoken = parts.filter(
    (part, i) => !(/^[,;]+$/.test(part.text) && parts[i - 1]?.value !== undefined && parts[i + 1]?.value !== undefined),
  );
  for (let i = 0; i < spoken.length;) {
    let end = i + 1;
    while (spoken[end]?.value !== undefined && spoken[end]!.value === spoken[end - 1]!.value! + 1) end += 1;
    if (end - i >= 3) for (let j = i; j < end; j += 1) spoken[j] = { text: spoken[j]!.text };
    i = end;
  }
  return spoken.map((part) => (part.value === undefined ? part.text : String(part.value))).join(' ');
}

/** Digits that read as a date or a time are not part of a phone number. */
function withoutDatesAndTimes(text: string): string {
  return text
    .replace(/\b\d{1,2}[ ./-]\d{1,2}[ ./-](19|20)\d{2}\b/g, ' ')
    .replace(/\b(19|20)\d{2}[ ./-]\d{1,2}[ ./-]\d{1,2}\b/g, ' ')
    .replace(/\b\d{1,2} ?[:h] ?\d{2}\b/g, ' ');
}

function findLinks(text: string, found: Set<ContactDetailKind>) {
  for (const match of linkify.match(text) ?? []) {
    if (match.schema === 'mailto:' || match.url.startsWith('mailto:')) found.add('EMAIL');
    else if (!notLinks.has(match.text.toLowerCase())) found.add('LINK');
  }
}

/** A phone number has at least 8 digits besides its country code: shorter matches are scores, codes or counts. */
const hasPhone = (text: string) =>
  phoneRegions.some((defaultCountry) =>
    findPhoneNumbersInText(text, { defaultCountry }).some((match) => match.number.nationalNumber.length >= 8),
  );

export function findContactDetails(text: string): ContactDetailKind[] {
  const found = new Set<ContactDetailKind>();
  const base = plain(text);
  const joined = joinSpacedLetters(base);
  for (const variant of new Set([symbols(base), symbols(joined)])) findLinks(variant, found);

  const digits = spelledNumbers(lettersAsDigits(joined));
  if ([...new Set([base, digits])].some((variant) => hasPhone(withoutDatesAndTimes(variant)))) found.add('PHONE');

  const reachMe = (variant: string) => messagingPattern.test(variant) || socialPatterns.some((pattern) => pattern.test(variant));
  if ([base, joined].some(reachMe) || handlePattern.test(base)) found.add('MESSAGING');
  return [...found];
}
