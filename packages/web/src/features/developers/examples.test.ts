/**
 * The examples partners copy from the developer page still work against the API as committed: every operation and its
 * variables are valid for `packages/schema/schema.graphql`, the curl and Node snippets send that operation the way the
 * API expects, and the webhook signature check accepts Skillcall's signatures and refuses anything else.
 */
import { getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiSchema } from './api-schema';
import {
  bookingChangesExample,
  curlSnippet,
  exampleOperations,
  fetchSnippet,
  httpExamples,
  subscriptionSnippet,
  webhookVerificationSnippet,
  type ExampleOperation,
} from './examples';

const origin = 'https://skillcall.example';

let runs = 0;

/** Loads a snippet as the ES module a partner would save it as (evaluated afresh each time: a new URL). */
function runModule(code: string): Promise<Record<string, unknown>> {
  runs += 1;
  return import(/* @vite-ignore */ `data:text/javascript;charset=utf-8,${encodeURIComponent(`${code}\n// run ${runs}`)}`);
}

/** The schema's complaints about a document and its variables (none for a valid example). */
function problems(document: string, variables: Record<string, unknown>): string[] {
  const ast = parse(document);
  const errors = validate(apiSchema(), ast).map((error) => error.message);
  const operations = ast.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  if (operations.length !== 1) return [...errors, `expected one operation, found ${operations.length}`];
  const coerced = getVariableValues(apiSchema(), operations[0]!.variableDefinitions ?? [], variables);
  return [...errors, ...(coerced.errors ?? []).map((error) => error.message)];
}

describe('the example operations', () => {
  it.each(exampleOperations.map((example) => [example.id, example] as const))(
    '%s is valid against the schema, variables included',
    (_id, example) => {
      expect(problems(example.document, example.variables)).toEqual([]);
    },
  );

  it('would catch an example the API no longer accepts', () => {
    expect(problems('query { searchExperts(input: {}) { totalHits } }', {})).not.toEqual([]);
    expect(problems(httpExamples[0]!.document, { input: { sort: 'CHEAPEST' } })).not.toEqual([]);
  });

  it('the subscription example is a subscription with a single root field', () => {
    expect(bookingChangesExample.document.trimStart().startsWith('subscription')).toBe(true);
    expect(subscriptionSnippet(origin, bookingChangesExample)).toContain("url: 'wss://skillcall.example/graphql'");
  });
});

describe('the curl examples', () => {
  it.each(httpExamples.map((example) => [example.id, example] as const))(
    '%s posts JSON with the key and a valid operation',
    (_id, example) => {
      const snippet = curlSnippet(origin, example);
      expect(snippet).toContain(`curl ${origin}/graphql`);
      expect(snippet).toContain("-H 'Content-Type: application/json'");
      expect(snippet).toContain('-H "Authorization: Bearer $SKILLCALL_API_KEY"');
      const body = JSON.parse(snippet.slice(snippet.indexOf("<<'EOF'\n") + 8, snippet.lastIndexOf('\nEOF'))) as {
        query: string;
        variables: Record<string, unknown>;
      };
      expect(problems(body.query, body.variables)).toEqual([]);
      expect(body.variables).toEqual(example.variables);
    },
  );
});

describe('the Node fetch examples', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  /** Runs the snippet against a stand-in API answering `answer`; returns what it sent and how it ended. */
  async function runFetchSnippet(example: ExampleOperation, answer: Response) {
    vi.stubEnv('SKILLCALL_API_KEY', 'skc_test_key');
    const sent: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return answer;
    });
    const outcome = await runModule(fetchSnippet(origin, example)).then(
      () => null,
      (error: Error) => error.message,
    );
    return { sent, outcome };
  }

  it.each(httpExamples.map((example) => [example.id, example] as const))(
    '%s sends the operation with the key and reports GraphQL errors by code',
    async (_id, example) => {
      const answer = Response.json({ errors: [{ message: 'This key lacks a scope.', extensions: { code: 'FORBIDDEN' } }] });
      const { sent, outcome } = await runFetchSnippet(example, answer);
      expect(sent).toHaveLength(1);
      const [{ url, init }] = sent as [(typeof sent)[number]];
      expect(url).toBe(`${origin}/graphql`);
      expect(init.method).toBe('POST');
      expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: 'Bearer skc_test_key' });
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      expect(problems(body.query, body.variables)).toEqual([]);
      expect(outcome).toBe('FORBIDDEN: This key lacks a scope.');
    },
  );

  it('says when to retry once rate limited', async () => {
    const answer = Response.json({ errors: [{ message: 'Too many requests.' }] }, { status: 429, headers: { 'Retry-After': '17' } });
    const { outcome } = await runFetchSnippet(httpExamples[0]!, answer);
    expect(outcome).toBe('Rate limited: try again in 17 s');
  });
});

describe('the webhook signature check', () => {
  const secret = 'whsec_test_secret';
  const body = JSON.stringify({ id: 'evt-1', type: 'PING', createdAt: '2026-05-04T09:30:00.000Z', data: {} });
  const now = 1_780_000_000;

  async function sign(payload: string, timestamp: number, key = secret): Promise<string> {
    const encoder = new TextEncoder();
    const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(`${timestamp}.${payload}`));
    const hex = [...new Uint8Array(mac)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `t=${timestamp},v1=${hex}`;
  }

  async function isFromSkillcall(): Promise<(rawBody: string, header: string | undefined, key: string, nowSeconds: number) => boolean> {
    const module = await runModule(webhookVerificationSnippet);
    return module.isFromSkillcall as never;
  }

  it('accepts a delivery signed with the secret within five minutes', async () => {
    const verify = await isFromSkillcall();
    expect(verify(body, await sign(body, now), secret, now)).toBe(true);
    expect(verify(body, await sign(body, now - 299), secret, now)).toBe(true);
  });

  it('refuses a changed body, another secret, an old or future timestamp, and a missing or malformed header', async () => {
    const verify = await isFromSkillcall();
    const header = await sign(body, now);
    expect(verify(body.replace('PING', 'BOOKING_REFUNDED'), header, secret, now)).toBe(false);
    expect(verify(body, await sign(body, now, 'another secret'), secret, now)).toBe(false);
    expect(verify(body, await sign(body, now - 301), secret, now)).toBe(false);
    expect(verify(body, await sign(body, now + 301), secret, now)).toBe(false);
    expect(verify(body, undefined, secret, now)).toBe(false);
    expect(verify(body, 'v1=abc', secret, now)).toBe(false);
    expect(verify(body, header.replace(/v1=../, 'v1='), secret, now)).toBe(false);
  });
});
