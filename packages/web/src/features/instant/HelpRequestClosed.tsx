import { Alert, Group, Text } from '@mantine/core';
import type { IncomingRequest_RequestFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router';
import { RouterButton } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { paths } from '../../route-paths';

type ClosedStatus = Exclude<IncomingRequest_RequestFragment['status'], 'WAITING'>;

/**
 * Why a request can no longer be answered, said to the expert it was for: they accepted it already (the way into the
 * session), declined it, it lapsed (a minute without an answer, or they went offline), or the person cancelled it.
 */
export function HelpRequestClosed({ request }: { request: IncomingRequest_RequestFragment & { status: ClosedStatus } }) {
  const { t } = useTranslation();
  const name = request.user?.displayName ?? t('bookings.deletedAccount');
  const bookingId = request.booking?.id;
  let title: string;
  let text: string;
  switch (request.status) {
    case 'ACCEPTED':
      title = t('helpRequestPage.acceptedTitle');
      text = t('helpRequestPage.acceptedText', { name });
      break;
    case 'DECLINED':
      title = t('helpRequestPage.declinedTitle');
      text = t('helpRequestPage.declinedText', { name });
      break;
    case 'LAPSED':
      title = t('helpRequestPage.lapsedTitle');
      text = t('helpRequestPage.lapsedText');
      break;
    case 'CANCELLED':
      title = t('helpRequestPage.cancelledTitle');
      text = t('helpRequestPage.cancelledText', { name });
      break;
    default:
      return assertNever(request.status);
  }
  return (
    <Alert color={request.status === 'ACCEPTED' ? 'teal' : 'orange'} variant="light" title={title} data-testid="help-request-closed">
      <Text size="sm">{text}</Text>
      <Group gap="sm" mt="sm">
        {request.status === 'ACCEPTED' && bookingId && (
          <RouterButton to={generatePath(paths.sessionRoom, { id: bookingId })} size="sm" color="teal">
            {t('helpRequestPage.joinSession')}
          </RouterButton>
        )}
        <RouterButton to={paths.dashboard} size="sm" variant="default">
          {t('helpRequestPage.toDashboard')}
        </RouterButton>
      </Group>
    </Alert>
  );
}
