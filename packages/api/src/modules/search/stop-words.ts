/** Words too common to search by, for the Meilisearch index (PostgreSQL takes its lists from its dictionaries). */
export const stopWords = {
  en: 'a an and are as at be but by for from has have he her his i in into is it its me my no not of on or our she so that the their them then there these they this to too was we were what when where which who will with you your'.split(
    ' ',
  ),
  fr: 'a au aux avec ce ces dans de des du elle en est et eux il ils je la le les leur lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y'.split(
    ' ',
  ),
};
