/**
 * The cost limit of GraphQL operations. A validation rule never sees variables, so a list asked for as `first: $n`
 * would count as one item: the cost is computed once the operation and its variables are known (an Apollo plugin's
 * `didResolveOperation` on HTTP, graphql-ws's `onSubscribe` on WebSocket), by graphql-query-complexity, which reads
 * arguments from literals, variables, variable defaults and argument defaults alike.
 *
 * The formula is graphql-armor's, whose numbers `GRAPHQL_MAX_COST` was tuned with: a leaf costs 1; an object costs 2
 * plus 1.5 times what it selects (fragments flattened); a list of `first` items multiplies that by `first`, and a list
 * asked for without `first` by the page size the server then uses (20), never by more than the list serves (its field's
 * `maxPageSize` extension, for lists of heavy items: larger pages are refused when run). Introspection and `__typename` cost nothing
 * (no resolver runs; the server selects `__typename` everywhere in the website's registered operations).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { defaultPageSize, type PageSizeExtension } from '../graphql/connection';

const scalarCost = 1;
const objectCost = 2;
const depthCostFactor = 1.5;

const estimator: ComplexityEstimator = ({ field, args, childComplexity, node }) => {
  if (field.name === '__schema' || field.name === '__type' || field.name === '__typename') return 0;
  if (!node.selectionSet) return scalarCost;
  const paged = field.args.some((arg) => arg.name === 'first');
  const requested = (args.first ?? args.last) as number | null | undefined;
  const served = (field.extensions as Partial<PageSizeExtension> | undefined)?.maxPageSize ?? Infinity;
  const items = Math.min(requested ?? (paged ? defaultPageSize : 1), served);
  return (objectCost + depthCostFactor * childComplexity) * Math.max(items, 1);
};

export interface Operation {
  document: DocumentNode;
  variables: Readonly<Record<string, unknown>> | null | undefined;
  operationName: string | null | undefined;
}

/** Checks operations against `maxCost`: `refusal` says why one is refused (null when it may run), `plugin` applies it on HTTP. */
export function costLimit(schema: GraphQLSchema, maxCost: number) {
  const refused = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

  const refusal = ({ document, variables, operationName }: Operation): GraphQLError | null => {
    let cost: number;
    try {
      cost = getComplexity({
        schema,
        query: document,
        variables: { ...variables },
        operationName: operationName ?? undefined,
        estimators: [estimator],
      });
    } catch (error) {
      // Variables of the wrong type (execution would refuse them the same way), or more fields than can be counted.
      if (error instanceof GraphQLError) return refused(error.message, 'BAD_USER_INPUT');
      throw error;
    }
    if (cost <= maxCost) return null;
    return refused(
      `Query Cost limit of ${maxCost} exceeded, found ${Math.ceil(cost)}. Ask for fewer items (a smaller \`first\`) or fewer fields per item, and page through the rest with \`after\`.`,
      'GRAPHQL_VALIDATION_FAILED',
    );
  };

  const plugin: ApolloServerPlugin = {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request, operationName }) => {
        const error = refusal({ document, variables: request.variables, operationName });
        if (error) throw error;
      },
    }),
  };

  return { refusal, plugin };
}
