/** Who sees what of the supply side: the public sees active experts and published offerings only. */
import type { Viewer } from '../../platform/context';
import type { ExpertRow, OfferingRow } from './expert.table';

const isAdmin = (viewer: Viewer | null) => viewer?.roles.includes('ADMIN') ?? false;

export function canSeeExpert(viewer: Viewer | null, expert: Pick<ExpertRow, 'status' | 'userId'>): boolean {
  return expert.status === 'ACTIVE' || viewer?.userId === expert.userId || isAdmin(viewer);
}

export function canSeeOffering(
  viewer: Viewer | null,
  offering: Pick<OfferingRow, 'status'>,
  expert: Pick<ExpertRow, 'status' | 'userId'>,
): boolean {
  if (viewer?.userId === expert.userId || isAdmin(viewer)) return true;
  return offering.status === 'PUBLISHED' && expert.status === 'ACTIVE';
}
