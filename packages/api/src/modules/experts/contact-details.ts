/**
 * Experts never solicit users: profiles and offerings must not carry a way to reach the expert outside Skillcall.
 * Email addresses and links come from linkify-it, phone numbers from libphonenumber-js (French and English
 * formats, with or without the country code); messaging apps and obfuscated addresses by a short word list.
 */
import { LinkifyIt } from 'linkify-it';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';

export type ContactDetailKind = 'EMAIL' | 'PHONE' | 'LINK' | 'MESSAGING';

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true }).tlds(
  ['app', 'dev', 'io', 'me', 'ly', 'link', 'page', 'site', 'online', 'store', 'xyz', 'club', 'live', 'studio', 'tech'],
  true,
);

/** Technology names that look like domains ("ASP.NET", "Node.js"): not links. */
const notLinks = new Set(['asp.net', 'vb.net', 'ado.net', 'node.js', 'vue.js', 'next.js', 'nuxt.js', 'three.js', 'd3.js', 'chart.js']);

const phoneRegions: CountryCode[] = ['FR', 'US', 'GB', 'BE', 'CH', 'CA', 'DE', 'ES'];

const messagingPattern =
  /\b(whats\s?app|telegram|signal\s+(me|app)|skype|wechat|viber|discord|snapchat|kik|line\s+id|calendly|messenger|insta(gram)?\s*:|dm\s+me|text\s+me|envoyez[- ]moi\s+un\s+(sms|texto)|contactez[- ]moi\s+(sur|via|par))\b/i;
/** "jean (at) gmail (dot) com", "jean[at]gmail.com", "jean arobase gmail point com". */
const obfuscatedEmailPatterns = [
  /[\w.+-]+\s*(\(at\)|\[at\]|\{at\}|\barobase\b|\bat\b)\s*[\w-]+\s*(\(dot\)|\[dot\]|\{dot\}|\bdot\b|\bpoint\b)\s*[a-z]{2,}\b/i,
  /[\w.+-]+\s*(\(at\)|\[at\]|\{at\}|\barobase\b)\s*[\w-]+\.[a-z]{2,}\b/i,
];

export function findContactDetails(text: string): ContactDetailKind[] {
  const found = new Set<ContactDetailKind>();
  for (const match of linkify.match(text) ?? []) {
    if (match.schema === 'mailto:' || match.url.startsWith('mailto:')) found.add('EMAIL');
    else if (!notLinks.has(match.text.toLowerCase())) found.add('LINK');
  }
  if (obfuscatedEmailPatterns.some((pattern) => pattern.test(text))) found.add('EMAIL');
  if (phoneRegions.some((defaultCountry) => findPhoneNumbersInText(text, { defaultCountry }).length > 0)) found.add('PHONE');
  if (messagingPattern.test(text)) found.add('MESSAGING');
  return [...found];
}
