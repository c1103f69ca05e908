/**
 * `pnpm bench foundation`: throughput and latency of `me` and of a trivial query through the whole GraphQL stack,
 * against a bare express handler doing the same work (same session lookup, same user load) in the same run.
 * The ratio says what Apollo, type-graphql, guards and logging cost on top of the work itself.
 */
import { measure, printTable, startServers } from './harness.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const servers = await startServers('foundation');
try {
  const { apiUrl, bareUrl, cookie, userId } = servers;
  const gql = (query) => ({
    url: `${apiUrl}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
    seconds,
  });
  const check = await (
    await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { id } }' }),
    })
  ).json();
  if (check.data?.me?.id !== userId) throw new Error(`me did not answer the signed-in user: ${JSON.stringify(check)}`);

  const rows = [];
  const pair = async (name, graphqlCase, bareCase) => {
    const bareResult = await measure(bareCase);
    const graphqlResult = await measure(graphqlCase);
    rows.push({ name: `${name} (bare express)`, ...bareResult });
    rows.push({ name: `${name} (GraphQL)`, ...graphqlResult, ratio: `${(graphqlResult.rps / bareResult.rps).toFixed(2)}x` });
  };
  await pair('me, signed in', gql('{ me { id displayName email } }'), { url: `${bareUrl}/me`, headers: { cookie }, seconds });
  await pair('trivial { __typename }', gql('{ __typename }'), { url: `${bareUrl}/trivial`, seconds });
  printTable(`Foundation: ${seconds}s per case, 10 connections; servers in a child process (ratio = GraphQL req/s ÷ bare req/s)`, rows);
} finally {
  await servers.stop();
}
