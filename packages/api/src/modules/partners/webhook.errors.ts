/** Domain error codes of partners' webhooks, each with the description partners read in the schema. */
import { maxEndpointsPerUser } from './webhook.policy';

export const webhooksErrorCodes = {
  WEBHOOK_ENDPOINT_LIMIT_REACHED: `An account has at most ${maxEndpointsPerUser} webhook endpoints: delete one before adding another.`,
  WEBHOOK_DELIVERY_PENDING: 'This delivery is still being tried: it can be sent again once it succeeded or failed.',
} as const;
