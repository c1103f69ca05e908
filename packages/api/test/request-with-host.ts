/** HTTP requests with a `Host` header of the test's choosing (fetch always sends the URL's own), as a rebound DNS name would. */
import http, { type IncomingHttpHeaders } from 'node:http';

export interface HostedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export function requestWithHost(
  url: string,
  host: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HostedResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers: { ...init.headers, host } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

/** POSTs a GraphQL operation to `baseUrl`/graphql under `host`. */
export function graphqlWithHost(baseUrl: string, host: string, body: { query: string; variables?: Record<string, unknown> }) {
  return requestWithHost(`${baseUrl}/graphql`, host, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
