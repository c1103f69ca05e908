import { Badge, type BadgeProps } from '@mantine/core';
import type { ApplicationStatus } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';

export const applicationStatusColors: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  CHANGES_REQUESTED: 'orange',
  APPROVED: 'teal',
  REJECTED: 'red',
};

/** "Waiting for review", "Approved"… in the status's colour. */
export function ApplicationStatusBadge({ status, ...props }: BadgeProps & { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={applicationStatusColors[status]} variant="light" {...props}>
      {t(`applicationStatus.${status}.name`)}
    </Badge>
  );
}
