import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../schema';
import { loadConfig } from '../config';
import { costLimit } from './cost-limit';

const schema = buildAppSchema();
const config = loadConfig({});
const { refusal } = costLimit(schema, config.graphql.maxCost);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  refusal({ document: parse(query), variables, operationName: null });

/** The nested lists of the attack suite: 100 experts of every category, and 100 experts of each of their categories. */
const nestedExperts = `query Nested($n: Int) {
  categories { experts(first: $n) { edges { node { id displayName categories { experts(first: $n) { edges { node { id displayName headline } } } } } } } }
}`;

describe('the cost limit at the default settings', () => {
  it('refuses nested lists of 100 whether the size is a literal, a variable or a variable default', () => {
    expect(cost(nestedExperts.replace('($n: Int)', '').replaceAll('$n', '100'))?.message).toMatch(/^Query Cost limit of 40000 exceeded/);
    expect(cost(nestedExperts, { n: 100 })?.message).toMatch(/^Query Cost limit of 40000 exceeded/);
    expect(cost(nestedExperts.replace('$n: Int', '$n: Int = 100'))?.message).toMatch(/^Query Cost limit of 40000 exceeded/);
    expect(cost(nestedExperts, { n: 2 })).toBeNull();
  });

  it('counts a list asked for without `first` at the page size the server returns (20)', () => {
    const query = (first: string) =>
      `{ categories { experts${first} { edges { node { categories { experts${first} { edges { node { id } } } } } } } } }`;
    const found = (text: string) =>
      /found (\d+)/.exec(costLimit(schema, 1).refusal({ document: parse(text), variables: {}, operationName: null })!.message)![1];
    expect(found(query(''))).toBe(found(query('(first: 20)')));
    expect(Number(found(query('(first: 5)')))).toBeLessThan(Number(found(query(''))));
  });

  it('counts a list that serves smaller pages (a thread: 50 messages) at most at its own page size', () => {
    const thread = (first: number) => `{ conversation(id: "c") { messages(first: ${first}) { edges { node { id body } } } } }`;
    const found = (text: string) =>
      Number(/found (\d+)/.exec(costLimit(schema, 1).refusal({ document: parse(text), variables: {}, operationName: null })!.message)![1]);
    expect(found(thread(100))).toBe(found(thread(50)));
    expect(found(thread(10))).toBeLessThan(found(thread(50)));
  });

  it('lets every operation of the website run at the largest page the API serves (100), as the search page restores one', () => {
    const manifest = JSON.parse(readFileSync(config.trustedDocuments.manifestPath, 'utf8')) as Record<string, string>;
    const refused = Object.values(manifest).flatMap((text) => {
      const document = parse(text);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
      const variables: Record<string, unknown> = { first: 100 };
      for (const definition of operation.variableDefinitions ?? []) {
        if (definition.type.kind === 'NonNullType') {
          variables[definition.variable.name.value] = sample(typeFromAST(schema, definition.type) as GraphQLInputType);
        }
      }
      const error = refusal({ document, variables, operationName: null });
      return error ? [`${operation.name?.value}: ${error.message}`] : [];
    });
    expect(refused).toEqual([]);
  });
});

/** A value of `type` with only its required fields, enough to count an operation's cost. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(type)) {
    const scalars: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, ID: '00000000-0000-4000-8000-000000000000', String: 'x' };
    return scalars[type.name] ?? '2030-01-01T00:00:00.000Z';
  }
  return null;
}
