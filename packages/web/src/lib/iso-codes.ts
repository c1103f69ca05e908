/**
 * Codes the expert forms offer: countries (ISO 3166), common languages (ISO 639) and the currencies Stripe can
 * charge in (ISO 4217, the same list as the API's billing module). Names come from Intl in the language shown.
 */

/** Every ISO 3166-1 alpha-2 country or territory, and Kosovo (XK). */
export const countryCodes = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
  'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
  'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
  'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/** Languages most experts speak; any other ISO 639 code already chosen is shown too. */
export const commonLanguageCodes = (
  'en fr es de it pt nl ar zh ja ko ru hi bn pa ur tr pl uk ro el sv no da fi cs sk hu he fa id ms th vi tl sw ca eu gl hr ' +
  'sr bg lt lv et sl sq mk hy ka az kk uz ta te mr gu kn ml am ha yo ig zu af ht lb ga cy is mt'
).split(' ');

/** Every currency Stripe can charge in. */
export const stripeCurrencies = (
  'USD AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BWP BYN BZD CAD CDF CHF ' +
  'CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS ' +
  'INR ISK JMD JOD JPY KES KGS KHR KMF KRW KWD KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MUR MVR MWK ' +
  'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SEK SGD SHP ' +
  'SLE SOS SRD STD SZL THB TJS TND TOP TRY TTD TWD TZS UAH UGX UYU UZS VND VUV WST XAF XCD XOF XPF YER ZAR ZMW'
).split(' ');

/** Shown first in the currency list. */
export const commonCurrencies = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'XOF', 'MAD', 'BRL', 'INR', 'MXN'];

/** The country a browser locale names (fr-FR → FR, en-GB → GB; plain `en` names none). */
export function localeCountry(locale: string): string | null {
  try {
    const region = new Intl.Locale(locale).region;
    return region && countryCodes.includes(region) ? region : null;
  } catch {
    return null;
  }
}

/** The currency people pay in, per country (for the few dozen countries visitors most likely come from). */
const currencyByCountry: Record<string, string> = {
  ...Object.fromEntries(
    'AD AT BE BL CY DE EE ES FI FR GF GP GR HR IE IT LT LU LV MC ME MF MQ MT NL PM PT RE SI SK SM VA XK YT'
      .split(' ')
      .map((country) => [country, 'EUR']),
  ),
  ...Object.fromEntries('BF BJ CI GW ML NE SN TG'.split(' ').map((country) => [country, 'XOF'])),
  ...Object.fromEntries('CF CG CM GA GQ TD'.split(' ').map((country) => [country, 'XAF'])),
  ...Object.fromEntries('NC PF WF'.split(' ').map((country) => [country, 'XPF'])),
  US: 'USD',
  PR: 'USD',
  EC: 'USD',
  SV: 'USD',
  PA: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  LI: 'CHF',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  JP: 'JPY',
  IN: 'INR',
  BR: 'BRL',
  MX: 'MXN',
  MA: 'MAD',
  DZ: 'DZD',
  TN: 'TND',
  HT: 'HTG',
  ZA: 'ZAR',
  NG: 'NGN',
  KE: 'KES',
  SG: 'SGD',
  HK: 'HKD',
  PH: 'PHP',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
};

/** What a language's readers usually pay in when their browser names no country. */
const currencyByLanguage: Record<string, string> = { fr: 'EUR', en: 'USD' };

/**
 * The currency a visitor most likely thinks in, for comparing prices: the country of the first browser locale in the
 * language shown (fr-CA → CAD, en-GB → GBP), else the language's usual one (fr → EUR, en → USD).
 */
export function localeCurrency(language: string, locales: readonly string[] = navigator.languages): string {
  for (const locale of locales) {
    if (locale.toLowerCase().split('-')[0] !== language) continue;
    const country = localeCountry(locale);
    const currency = country ? currencyByCountry[country] : undefined;
    if (currency && stripeCurrencies.includes(currency)) return currency;
  }
  return currencyByLanguage[language] ?? 'USD';
}
