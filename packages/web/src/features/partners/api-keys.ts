import type { ApiKeyScope } from '@skillcall/schema';

/** The scopes a key may hold, in the order the forms and lists show them. */
export const apiKeyScopes: readonly ApiKeyScope[] = ['CATALOG_READ', 'SEARCH', 'BOOKINGS_READ', 'WEBHOOKS_READ'];

/** The pages for developers, linked from one another. */
export const developerPages = [
  { path: '/developers', label: 'docs' },
  { path: '/developers/keys', label: 'keys' },
  { path: '/developers/webhooks', label: 'webhooks' },
] as const;
