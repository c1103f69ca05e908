import { Alert, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from './workspace-status';

const badgeColor: Record<WorkspaceStatus['kind'], string> = {
  connecting: 'gray',
  connected: 'teal',
  reconnecting: 'orange',
  readOnly: 'blue',
  sizeLimit: 'red',
  refused: 'red',
};

/** The documents' state in a word (a live region, so a screen reader hears it change). */
export function WorkspaceStatusBadge({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={badgeColor[status.kind]} variant="light" role="status" data-testid="workspace-status" data-value={status.kind}>
      {t(`workspace.status.${status.kind}`)}
    </Badge>
  );
}

/** What a refusal or the size limit means for the person, in a sentence. */
export function WorkspaceStatusNotice({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  if (status.kind === 'sizeLimit') {
    return (
      <Alert color="red" variant="light" role="alert" data-testid="workspace-size-limit">
        <Text size="sm">{t('workspace.sizeLimit', { megabytes: Math.round(status.limitBytes / (1024 * 1024)) })}</Text>
      </Alert>
    );
  }
  if (status.kind === 'refused') {
    return (
      <Alert color="red" variant="light" role="alert" data-testid="workspace-refused">
        <Text size="sm">{t(`workspace.refused.${status.reason}`)}</Text>
      </Alert>
    );
  }
  return null;
}
