/**
 * The API reference as plain data, read from a GraphQL schema: the root operations, then every named type, with the
 * anchors the page links by (`#type-Booking`, `#Query.searchExperts`). Pure, so the filter is tested without a browser.
 */
import {
  astFromValue,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

export type TypeKind = 'root' | 'object' | 'interface' | 'union' | 'enum' | 'input' | 'scalar';

export type RootOperation = 'query' | 'mutation' | 'subscription';

/** A field's type as written in SDL (`[Booking!]!`), split around the named type the page links to. */
export interface TypeReference {
  before: string;
  name: string;
  after: string;
}

export interface ArgumentEntry {
  name: string;
  description: string | null;
  type: TypeReference;
  /** The default, in GraphQL syntax (`UPCOMING`, `7`), or null. */
  defaultValue: string | null;
  deprecationReason: string | null;
}

/** A field of an object, interface or input type, or a root operation. */
export interface FieldEntry {
  anchor: string;
  name: string;
  description: string | null;
  args: ArgumentEntry[];
  type: TypeReference;
  defaultValue: string | null;
  deprecationReason: string | null;
}

export interface EnumValueEntry {
  anchor: string;
  name: string;
  description: string | null;
  deprecationReason: string | null;
}

export interface TypeEntry {
  anchor: string;
  kind: TypeKind;
  /** Which operations a root type holds; null for other types. */
  operation: RootOperation | null;
  name: string;
  description: string | null;
  /** Fields (objects, interfaces, inputs, roots). */
  fields: FieldEntry[];
  /** Values (enums). */
  values: EnumValueEntry[];
  /** Interfaces it implements (objects, interfaces). */
  interfaces: string[];
  /** Member types (unions). */
  members: string[];
  /** Types implementing it (interfaces). */
  implementations: string[];
  /** Where a custom scalar's format is specified. */
  specifiedByURL: string | null;
}

export interface ApiReference {
  /** Query, Mutation and Subscription, in that order, when the schema has them. */
  roots: TypeEntry[];
  /** Every other named type, by name (GraphQL's introspection types left out). */
  types: TypeEntry[];
  /** What an inline `code` span of a description may name, and the anchor it links to. */
  anchors: ReadonlyMap<string, string>;
}

export function typeAnchor(typeName: string): string {
  return `type-${typeName}`;
}

export function memberAnchor(typeName: string, memberName: string): string {
  return `${typeName}.${memberName}`;
}

function typeReference(type: GraphQLType): TypeReference {
  if (isNonNullType(type)) {
    const inner = typeReference(type.ofType);
    return { ...inner, after: `${inner.after}!` };
  }
  if (isListType(type)) {
    const inner = typeReference(type.ofType);
    return { before: `[${inner.before}`, name: inner.name, after: `${inner.after}]` };
  }
  return { before: '', name: type.name, after: '' };
}

function defaultValueText(value: unknown, type: GraphQLInputType): string | null {
  if (value === undefined) return null;
  const ast = astFromValue(value, type);
  return ast ? print(ast) : null;
}

function argumentEntry(arg: GraphQLArgument | GraphQLInputField): ArgumentEntry {
  return {
    name: arg.name,
    description: arg.description ?? null,
    type: typeReference(arg.type),
    defaultValue: defaultValueText(arg.defaultValue, arg.type),
    deprecationReason: arg.deprecationReason ?? null,
  };
}

function outputFieldEntry(typeName: string, field: GraphQLField<unknown, unknown>): FieldEntry {
  return {
    anchor: memberAnchor(typeName, field.name),
    name: field.name,
    description: field.description ?? null,
    args: field.args.map(argumentEntry),
    type: typeReference(field.type),
    defaultValue: null,
    deprecationReason: field.deprecationReason ?? null,
  };
}

function inputFieldEntry(typeName: string, field: GraphQLInputField): FieldEntry {
  return { ...argumentEntry(field), anchor: memberAnchor(typeName, field.name), args: [] };
}

function typeEntry(schema: GraphQLSchema, type: GraphQLNamedType, operation: RootOperation | null = null): TypeEntry {
  const entry: TypeEntry = {
    anchor: typeAnchor(type.name),
    kind: 'scalar',
    operation,
    name: type.name,
    description: type.description ?? null,
    fields: [],
    values: [],
    interfaces: [],
    members: [],
    implementations: [],
    specifiedByURL: null,
  };
  if (isObjectType(type) || isInterfaceType(type)) {
    entry.kind = isObjectType(type) ? 'object' : 'interface';
    entry.fields = Object.values(type.getFields()).map((field) => outputFieldEntry(type.name, field));
    entry.interfaces = type.getInterfaces().map((implemented) => implemented.name);
  }
  if (isInterfaceType(type)) {
    const { objects, interfaces } = schema.getImplementations(type);
    entry.implementations = [...objects, ...interfaces].map((implementation) => implementation.name).sort();
  } else if (isUnionType(type)) {
    entry.kind = 'union';
    entry.members = type.getTypes().map((member) => member.name);
  } else if (isEnumType(type)) {
    entry.kind = 'enum';
    entry.values = type.getValues().map((value) => ({
      anchor: memberAnchor(type.name, value.name),
      name: value.name,
      description: value.description ?? null,
      deprecationReason: value.deprecationReason ?? null,
    }));
  } else if (isInputObjectType(type)) {
    entry.kind = 'input';
    entry.fields = Object.values(type.getFields()).map((field) => inputFieldEntry(type.name, field));
  } else if (isScalarType(type)) {
    entry.specifiedByURL = type.specifiedByURL ?? null;
  }
  if (operation) entry.kind = 'root';
  return entry;
}

function anchorIndex(roots: TypeEntry[], types: TypeEntry[]): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const type of [...roots, ...types]) {
    anchors.set(type.name, type.anchor);
    for (const member of [...type.fields, ...type.values]) anchors.set(member.anchor, member.anchor);
  }
  // Descriptions name root operations alone ("refetch `bookableSlots`"): the first root having it wins.
  for (const root of [...roots].reverse()) {
    for (const field of root.fields) anchors.set(field.name, field.anchor);
  }
  return anchors;
}

/** The reference of a schema. */
export function buildApiReference(schema: GraphQLSchema): ApiReference {
  const rootTypes = (
    [
      { operation: 'query', type: schema.getQueryType() },
      { operation: 'mutation', type: schema.getMutationType() },
      { operation: 'subscription', type: schema.getSubscriptionType() },
    ] as const
  ).flatMap(({ operation, type }) => (type ? [{ operation, type }] : []));
  const rootNames = new Set(rootTypes.map(({ type }) => type.name));
  const roots = rootTypes.map(({ operation, type }) => typeEntry(schema, type, operation));
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !rootNames.has(type.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((type) => typeEntry(schema, type));
  return { roots, types, anchors: anchorIndex(roots, types) };
}

/** Words the filter looks for: lower case, split on spaces; an item matches when it contains every one. */
function filterWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function matches(words: string[], item: { name: string; description: string | null }): boolean {
  const haystack = `${item.name}\n${item.description ?? ''}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The reference narrowed to what matches `text` by name or description: a matching type keeps all its members; any
 * other type, and the roots always, keep only their matching fields or values, or are left out when none match.
 */
export function filterApiReference(reference: ApiReference, text: string): ApiReference {
  const words = filterWords(text);
  if (words.length === 0) return reference;
  const narrow = (type: TypeEntry): TypeEntry | null => {
    // Query, Mutation and Subscription are never kept whole: only the operations that match.
    if (type.kind !== 'root' && matches(words, type)) return type;
    const fields = type.fields.filter((field) => matches(words, field));
    const values = type.values.filter((value) => matches(words, value));
    return fields.length || values.length ? { ...type, fields, values } : null;
  };
  const kept = (types: TypeEntry[]) => types.map(narrow).filter((type) => type !== null);
  return { roots: kept(reference.roots), types: kept(reference.types), anchors: reference.anchors };
}

/** How many types and members a reference shows (for "12 types and 30 fields match"). */
export function countEntries(reference: ApiReference): { types: number; members: number } {
  const all = [...reference.roots, ...reference.types];
  return {
    types: reference.types.length,
    members: all.reduce((sum, type) => sum + type.fields.length + type.values.length, 0),
  };
}

/** The order kinds of types are shown in, after the roots. */
export const typeKinds = ['object', 'interface', 'union', 'enum', 'input', 'scalar'] as const satisfies readonly TypeKind[];

export type NamedTypeKind = (typeof typeKinds)[number];

/** The anchor of the group of types of a kind (`#types-enum`). */
export function kindAnchor(kind: NamedTypeKind): string {
  return `types-${kind}`;
}

/** The types grouped by kind, in `typeKinds` order, leaving out kinds with none. */
export function typesByKind(types: TypeEntry[]): { kind: NamedTypeKind; types: TypeEntry[] }[] {
  return typeKinds.map((kind) => ({ kind, types: types.filter((type) => type.kind === kind) })).filter((group) => group.types.length > 0);
}
