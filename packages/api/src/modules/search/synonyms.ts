/**
 * Words that mean the same across French and English (and common variants), for both engines:
 * "guitare" finds guitar teachers tagged in English, and the other way round.
 */
const synonymGroups: string[][] = [
  ['guitar', 'guitare'],
  ['piano'],
  ['cooking', 'cuisine', 'cook', 'cuisiner'],
  ['baking', 'patisserie', 'pastry', 'boulangerie'],
  ['bread', 'pain'],
  ['english', 'anglais'],
  ['french', 'francais'],
  ['spanish', 'espagnol'],
  ['math', 'maths', 'mathematics', 'mathematiques'],
  ['programming', 'programmation', 'coding', 'code'],
  ['computer', 'ordinateur', 'pc'],
  ['laptop', 'portable'],
  ['phone', 'smartphone', 'telephone'],
  ['repair', 'reparation', 'fix', 'depannage'],
  ['makeup', 'maquillage'],
  ['gardening', 'jardinage', 'garden', 'jardin'],
  ['drawing', 'dessin'],
  ['watercolor', 'aquarelle'],
  ['yoga'],
  ['fitness', 'sport'],
  ['nutrition', 'dietetique'],
  ['marketing'],
  ['baby', 'bebe'],
  ['sleep', 'sommeil'],
  ['exam', 'examen'],
  ['homework', 'devoirs'],
  ['teacher', 'professeur', 'prof', 'tutor'],
];

/** Each word's synonym group, the word included: how both engines read the list. */
export const synonymGroupOf: Record<string, string[]> = Object.fromEntries(
  synonymGroups.flatMap((group) => group.map((word) => [word, group])),
);
