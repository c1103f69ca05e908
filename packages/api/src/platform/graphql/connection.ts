/**
 * Relay connections with opaque keyset cursors. A cursor is the sort key of a row (for example
 * `[createdAt, id]`), base64url-encoded JSON: stable under inserts, no OFFSET scans.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AppError } from '../errors';

export type CursorKey = (string | number)[];

export const maxPageSize = 100;
/** The page size of a list asked for without `first`. */
export const defaultPageSize = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (1 to ${maxPageSize}, default ${defaultPageSize}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from `pageInfo.endCursor`).' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in its list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${description} in a page, with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${description}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description} items.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((p) => typeof p === 'string' || typeof p === 'number')) {
      return key;
    }
  } catch {
    // fall through to the typed error
  }
  throw new AppError('BAD_USER_INPUT', 'The `after` cursor is not valid for this list.', { field: 'after' });
}

export interface PageRequest {
  limit: number;
  after: CursorKey | null;
}

/**
 * A list whose items are heavy may serve smaller pages than `maxPageSize`: its field declares
 * `@Extensions({ maxPageSize })`, which the cost limit reads too, and its resolver passes the same number here.
 */
export interface PageSizeExtension {
  maxPageSize: number;
}

/** `first`, defaulted and checked against the page size limit (`max`, `maxPageSize` unless the list serves less). */
export function pageSize(first: number | null | undefined, max = maxPageSize): number {
  const size = first ?? Math.min(defaultPageSize, max);
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new AppError('BAD_USER_INPUT', `\`first\` must be between 1 and ${max}.`, { field: 'first' });
  }
  return size;
}

/** Reads `first`/`after` into a keyset page request; asks the query for one extra row to learn `hasNextPage`. */
export function pageRequest(args: ConnectionArgs, arity: number, max = maxPageSize): PageRequest {
  const first = pageSize(args.first, max);
  return { limit: first + 1, after: args.after ? decodeCursor(args.after, arity) : null };
}

/** Builds the connection from rows fetched with `pageRequest` (limit = first + 1). */
export function toConnection<Row, Node = Row>(
  rows: Row[],
  request: PageRequest,
  keyOf: (row: Row) => CursorKey,
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Connection<Node> {
  const hasNextPage = rows.length >= request.limit;
  const page = hasNextPage ? rows.slice(0, request.limit - 1) : rows;
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
