/** The moderation queue's filters, kept in the URL's query string (`?status=SUBMITTED&status=REJECTED&minAge=24`). */
import type { ApplicationKind, ApplicationStatus } from '@skillcall/schema';

export const reviewableStatuses: ApplicationStatus[] = ['SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED'];
export const minAgeChoices = [24, 72, 168] as const;
export const applicationKinds: ApplicationKind[] = ['INITIAL', 'EDIT'];

export interface QueueFilters {
  statuses: ApplicationStatus[];
  categoryId: string | null;
  minAgeHours: number | null;
  kind: ApplicationKind | null;
}

const isStatus = (value: string): value is ApplicationStatus => (reviewableStatuses as string[]).includes(value);
const isKind = (value: string): value is ApplicationKind => (applicationKinds as string[]).includes(value);

export function readQueueFilters(params: URLSearchParams): QueueFilters {
  const statuses = params.getAll('status').filter(isStatus);
  const minAge = Number(params.get('minAge'));
  const kind = params.get('kind') ?? '';
  return {
    statuses: statuses.length ? statuses : ['SUBMITTED'],
    categoryId: params.get('category') || null,
    minAgeHours: Number.isInteger(minAge) && minAge > 0 ? minAge : null,
    kind: isKind(kind) ? kind : null,
  };
}

export function writeQueueFilters(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  const defaultStatuses = filters.statuses.length === 1 && filters.statuses[0] === 'SUBMITTED';
  if (!defaultStatuses) for (const status of filters.statuses) params.append('status', status);
  if (filters.categoryId) params.set('category', filters.categoryId);
  if (filters.minAgeHours) params.set('minAge', String(filters.minAgeHours));
  if (filters.kind) params.set('kind', filters.kind);
  return params;
}
