import { useQuery } from '@apollo/client/react';
import { MailDeliveryModeDocument } from '@skillcall/schema';

/** Whether this server keeps its email in the dev mailbox (no SMTP server configured); false until the answer comes. */
export function useDevMailbox(): boolean {
  const { data } = useQuery(MailDeliveryModeDocument);
  return data?.mailDelivery.devMailbox ?? false;
}
