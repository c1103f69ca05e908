import slugify from 'slugify';

/** A readable URL name from any language ("Élodie Lefèvre" → "elodie-lefevre"). */
export function toSlug(text: string): string {
  const slug = slugify(text, { lower: true, strict: true, locale: 'fr', trim: true }).slice(0, 60).replace(/-+$/, '');
  return slug || 'expert';
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
