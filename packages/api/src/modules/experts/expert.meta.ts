/**
 * Titles and descriptions of shareable pages, for the HTML the server sends: link previews (Open Graph) and crawlers
 * see the expert or offering without running the SPA. An expert or offering that does not exist (or is not shown to
 * visitors) is 'not-found', so the page answers 404.
 */
import type { Context } from '../../platform/context';
import type { PageLookup } from '../../platform/http/page-meta';
import { expertBySlug, offeringBySlugs } from './expert.service';

const shorten = (text: string, max = 160) => {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length <= max ? folded : `${folded.slice(0, folded.lastIndexOf(' ', max - 1))}…`;
};

export async function expertPageMeta(ctx: Context, path: string): Promise<PageLookup> {
  const match = /^\/experts\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\/?$/.exec(path);
  if (!match) return null;
  const [, expertSlug, offeringSlug] = match;
  if (offeringSlug) {
    const offering = await offeringBySlugs(ctx, expertSlug!, offeringSlug);
    if (!offering) return 'not-found';
    const expert = await ctx.loaders.expertById.load(offering.expertId);
    return { title: `${offering.title} · ${expert?.displayName ?? ''} · Skillcall`, description: shorten(offering.description) };
  }
  const expert = await expertBySlug(ctx, expertSlug!);
  return expert ? { title: `${expert.displayName} · ${expert.headline} · Skillcall`, description: shorten(expert.bio) } : 'not-found';
}
