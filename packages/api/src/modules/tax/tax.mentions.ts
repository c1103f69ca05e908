/**
 * The exemption wording an exempt small business prints on its invoices, per country (in the country's language, as
 * its law words it). Countries without an entry get the EU wording of Article 284 of Directive 2006/112/EC.
 */
import type { CountryCode } from './tax.types';

const smallBusinessExemption: Record<CountryCode, string> = {
  FR: 'TVA non applicable, art. 293 B du CGI',
  BE: 'Petite entreprise soumise au régime particulier de franchise de taxe',
  LU: 'Franchise de TVA, article 57 de la loi TVA',
  DE: 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet',
  AT: 'Umsatzsteuerbefreit – Kleinunternehmer gemäß § 6 Abs. 1 Z 27 UStG',
  IT: 'Operazione in franchigia da IVA ai sensi dell’art. 1, commi 54-89, L. 190/2014',
  ES: 'IVA exento: régimen de franquiciado, artículo 20.1 de la Ley 37/1992',
  NL: 'Vrijgesteld van btw op grond van de kleineondernemersregeling',
};

const euWording = 'VAT exemption for small enterprises, Article 284 of Directive 2006/112/EC';

/** The mention an exempt small business established in `country` prints. */
export function exemptionMention(country: CountryCode): string {
  return smallBusinessExemption[country] ?? euWording;
}
