/**
 * The mention a small business exempt from VAT prints on its invoices, per country (the law of each country names
 * it). The profile form proposes it; an expert may write their own.
 */
export const exemptionMentions: { country: string; text: string }[] = [
  { country: 'FR', text: 'TVA non applicable, art. 293 B du CGI' },
  { country: 'BE', text: 'Petite entreprise soumise au régime de franchise de la taxe. TVA non applicable.' },
  { country: 'DE', text: 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.' },
  { country: 'AT', text: 'Umsatzsteuerbefreit – Kleinunternehmer gem. § 6 Abs. 1 Z 27 UStG' },
  { country: 'LU', text: 'Franchise de TVA – article 57 de la loi TVA' },
  { country: 'ES', text: 'Operación exenta de IVA – régimen de franquicia' },
  { country: 'IT', text: 'Operazione in franchigia da IVA ai sensi dell’art. 1, commi 54-89, L. 190/2014' },
  { country: 'NL', text: 'Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR)' },
  { country: 'PT', text: 'IVA – regime de isenção, art. 53.º do CIVA' },
];

export function exemptionMentionOf(country: string): string | undefined {
  return exemptionMentions.find((m) => m.country === country)?.text;
}
