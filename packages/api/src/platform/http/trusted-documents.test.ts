import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../schema';
import { loadConfig } from '../config';
import { loadTrustedDocuments } from './trusted-documents';

describe('the registered operations of the website', () => {
  const docs = loadTrustedDocuments({ manifestPath: loadConfig({}).trustedDocuments.manifestPath, enforce: true });

  it('are all valid against the schema as the server runs them (with __typename added, subscriptions included)', () => {
    const schema = buildAppSchema();
    expect(docs.byHash.size).toBeGreaterThan(100);
    const invalid = [...docs.byHash.entries()].flatMap(([hash, text]) =>
      validate(schema, parse(text)).map((error) => `${hash}: ${error.message}`),
    );
    expect(invalid).toEqual([]);
  });
});
