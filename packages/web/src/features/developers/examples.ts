/**
 * Every example the developer page shows, in one place. `examples.test.ts` validates each operation and its
 * variables against the committed schema and runs the webhook verification snippet, so an API change that breaks an
 * example fails CI instead of a partner's integration.
 */

import type { ApiKeyScope } from '../../lib/partner-api';

/** One GraphQL operation partners can copy. */
export interface ExampleOperation {
  /** Stable id: the i18n key of its title and the DOM id of its block. */
  id: 'searchExperts' | 'expertBySlug' | 'myBookings' | 'myBookingChanged';
  /** The key scope the operation needs. */
  scope: ApiKeyScope;
  document: string;
  variables: Record<string, unknown>;
  /** The Node lines that read the answer's `data`, after errors were thrown. */
  readData: string;
}

/** The environment variable the snippets read the key from (never paste a key into code). */
const keyVariable = 'SKILLCALL_API_KEY';

export const searchExpertsExample: ExampleOperation = {
  id: 'searchExperts',
  scope: 'SEARCH',
  document: `query FindExperts($input: SearchExpertsInput!, $first: Int, $after: String) {
  searchExperts(input: $input, first: $first, after: $after) {
    __typename
    ... on ExpertSearchConnection {
      totalCount
      edges {
        node {
          availableNow
          expert { slug displayName headline rating { average count } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
    ... on InvalidInputError {
      code
      message
      fieldErrors { field code message }
    }
  }
}`,
  variables: { input: { query: 'guitar', language: 'en', sort: 'RELEVANCE' }, first: 10 },
  readData: `const result = data.searchExperts;
switch (result.__typename) {
  case 'ExpertSearchConnection':
    for (const { node } of result.edges) console.log(node.expert.displayName, node.availableNow);
    // Next page: the same query with { after: result.pageInfo.endCursor } while hasNextPage.
    break;
  case 'InvalidInputError':
    for (const problem of result.fieldErrors) console.error(problem.field, problem.message);
    break;
}`,
};

export const expertBySlugExample: ExampleOperation = {
  id: 'expertBySlug',
  scope: 'CATALOG_READ',
  document: `query ExpertBySlug($slug: String!) {
  expert(slug: $slug) {
    id
    displayName
    headline
    languages
    timeZone
    rating { average count }
    offerings {
      slug
      title
      price { model durationMinutes amount { amountMinor currency } }
    }
  }
}`,
  variables: { slug: 'elodie-lefevre' },
  readData: `if (!data.expert) console.log('No expert has this slug.');
else console.log(data.expert.displayName, data.expert.offerings.map((offering) => offering.title));`,
};

export const myBookingsExample: ExampleOperation = {
  id: 'myBookings',
  scope: 'BOOKINGS_READ',
  document: `query MyUpcomingBookings($first: Int, $after: String) {
  myBookings(period: UPCOMING, role: USER, first: $first, after: $after) {
    edges {
      node {
        id
        status
        startsAt
        endsAt
        price { amountMinor currency }
        offering { title }
        expert { displayName }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  variables: { first: 20 },
  readData: `for (const { node } of data.myBookings.edges) {
  console.log(node.startsAt, node.status, node.offering?.title);
}`,
};

export const bookingChangesExample: ExampleOperation = {
  id: 'myBookingChanged',
  scope: 'BOOKINGS_READ',
  document: `subscription BookingChanges {
  myBookingChanged {
    booking { id status startsAt endsAt }
  }
}`,
  variables: {},
  readData: `const { booking } = data.myBookingChanged;
console.log(booking.id, booking.status);`,
};

/** The operations run over HTTP (curl and Node examples). */
export const httpExamples: readonly ExampleOperation[] = [searchExpertsExample, expertBySlugExample, myBookingsExample];

/** Every operation on the page, subscriptions included. */
export const exampleOperations: readonly ExampleOperation[] = [...httpExamples, bookingChangesExample];

/** `ws://` or `wss://` for the page's own origin. */
export function webSocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** The variables as a JavaScript object literal, indented to sit inside a call. */
function variablesLiteral(variables: Record<string, unknown>, spaces: number): string {
  return indent(JSON.stringify(variables, null, 2), spaces).trimStart();
}

/** curl: the document on one line inside a JSON body read from a quoted heredoc (nothing for the shell to expand). */
export function curlSnippet(origin: string, example: ExampleOperation): string {
  const body = JSON.stringify({ query: example.document.replace(/\s+/g, ' '), variables: example.variables }, null, 2);
  return `curl ${origin}/graphql \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $${keyVariable}" \\
  --data @- <<'EOF'
${body}
EOF`;
}

/** Node 18 or later (global fetch), as an ES module: errors, the rate limit, then the data. */
export function fetchSnippet(origin: string, example: ExampleOperation): string {
  return `const response = await fetch('${origin}/graphql', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: \`Bearer \${process.env.${keyVariable}}\`,
  },
  body: JSON.stringify({
    query: /* GraphQL */ \`
${indent(example.document, 6)}
    \`,
    variables: ${variablesLiteral(example.variables, 4)},
  }),
});
if (response.status === 429) {
  throw new Error(\`Rate limited: try again in \${response.headers.get('Retry-After')} s\`);
}
const { data, errors } = await response.json();
if (errors) throw new Error(errors.map((error) => \`\${error.extensions?.code}: \${error.message}\`).join('\\n'));
${example.readData}`;
}

/** graphql-ws from Node: the key in `connectionParams`, events read with an async iterator. */
export function subscriptionSnippet(origin: string, example: ExampleOperation): string {
  return `import { createClient } from 'graphql-ws';
import WebSocket from 'ws'; // Node 22 and later have a global WebSocket: leave webSocketImpl out.

const client = createClient({
  url: '${webSocketOrigin(origin)}/graphql',
  webSocketImpl: WebSocket,
  connectionParams: { authorization: \`Bearer \${process.env.${keyVariable}}\` },
});

const events = client.iterate({
  query: /* GraphQL */ \`
${indent(example.document, 4)}
  \`,
});
for await (const { data, errors } of events) {
  if (errors) throw new Error(errors.map((error) => error.message).join('\\n'));
${indent(example.readData, 2)}
}`;
}

/** What a delivery's body looks like; `data` depends on the event type. */
export const webhookPayloadExample = `{
  "id": "9b2f6c1e-4d0a-4c55-9a3e-2f1d7c8b6a10",
  "type": "BOOKING_CONFIRMED",
  "createdAt": "2026-05-04T09:30:00.000Z",
  "data": { … }
}`;

/**
 * Node verification of `Skillcall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * An ES module exporting `isFromSkillcall`: the test imports this very text and runs it.
 */
export const webhookVerificationSnippet = `import { createHmac, timingSafeEqual } from 'node:crypto';

/** Deliveries older (or newer) than this are refused: a recorded request cannot be replayed later. */
const toleranceSeconds = 5 * 60;

/**
 * Whether a delivery comes from Skillcall. \`rawBody\` is the body exactly as received (a Buffer or a string, before
 * any JSON parsing), \`header\` the Skillcall-Signature header, \`secret\` the endpoint's signing secret.
 */
export function isFromSkillcall(rawBody, header, secret, nowSeconds = Math.floor(Date.now() / 1000)) {
  const parts = new Map(
    String(header ?? '')
      .split(',')
      .map((part) => {
        const equals = part.indexOf('=');
        return [part.slice(0, equals).trim(), part.slice(equals + 1).trim()];
      }),
  );
  const timestamp = parts.get('t') ?? '';
  const signature = Buffer.from(parts.get('v1') ?? '', 'hex');
  if (!/^\\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(\`\${timestamp}.\`).update(rawBody).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected);
}`;

/** An express route using it: the raw body, a quick 2xx, each event id handled once. */
export const webhookHandlerSnippet = `import express from 'express';
import { isFromSkillcall } from './skillcall-signature.mjs';

const app = express();

app.post('/skillcall/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
  if (!isFromSkillcall(req.body, req.get('Skillcall-Signature'), process.env.SKILLCALL_WEBHOOK_SECRET)) {
    return res.sendStatus(400);
  }
  const event = JSON.parse(req.body.toString('utf8'));
  // Answer within 10 seconds, then do the work; a retry repeats the same event id: handle each id once.
  res.sendStatus(204);
  queueForProcessing(event); // your code: switch (event.type) { case 'BOOKING_CONFIRMED': … }
});

app.listen(3000);`;
