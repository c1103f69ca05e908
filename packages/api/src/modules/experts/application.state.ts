/** The lifecycle of an expert application, as a transitions table. */
import type { ApplicationStatus } from './expert.table';

export const applicationTransitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'DRAFT'],
  CHANGES_REQUESTED: ['SUBMITTED'],
  APPROVED: [],
  REJECTED: [],
};

export const openApplicationStatuses: readonly ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'];
/** Statuses in which the applicant may change the content. */
export const editableStatuses: readonly ApplicationStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return applicationTransitions[from].includes(to);
}
