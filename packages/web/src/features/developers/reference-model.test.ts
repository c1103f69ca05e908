/** The reference the developer page renders: read from the schema's descriptions, linked, and narrowed by the filter. */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchema } from './api-schema';
import { buildApiReference, countEntries, filterApiReference, type ApiReference, type TypeEntry } from './reference-model';

const schema = buildSchema(`
  """Reads."""
  type Query {
    """The viewer's bookings, newest first; live changes: \`bookingChanged\`."""
    bookings(
      """Which ones."""
      period: Period! = UPCOMING
      """Page size."""
      first: Int
    ): [Booking!]!
    """Old name of \`bookings\`."""
    reservations: [Booking!]! @deprecated(reason: "Use \`bookings\`.")
  }
  """Live events."""
  type Subscription {
    """A booking changed."""
    bookingChanged: Booking!
  }
  """Something that failed as expected."""
  interface Problem {
    """Why."""
    message: String!
  }
  """A booked session with an expert."""
  type Booking {
    """Its id."""
    id: ID!
    """Where it stands (see \`Booking.id\`)."""
    period: Period!
  }
  """Nobody may book this."""
  type NotBookable implements Problem {
    """Why."""
    message: String!
  }
  """A booking or why not."""
  union BookResult = Booking | NotBookable
  """Upcoming or past."""
  enum Period {
    """Not yet started."""
    UPCOMING
    """Ended."""
    PAST
    """Never used."""
    OLD @deprecated(reason: "Gone.")
  }
`);

const reference = buildApiReference(schema);

function type(ref: ApiReference, name: string): TypeEntry | undefined {
  return [...ref.roots, ...ref.types].find((entry) => entry.name === name);
}

describe('the reference of a schema', () => {
  it('lists the roots first, then every named type by name, without introspection types', () => {
    expect(reference.roots.map((root) => [root.name, root.kind, root.operation])).toEqual([
      ['Query', 'root', 'query'],
      ['Subscription', 'root', 'subscription'],
    ]);
    expect(reference.types.map((entry) => `${entry.kind} ${entry.name}`)).toEqual([
      'object Booking',
      'union BookResult',
      'scalar Boolean',
      'scalar ID',
      'scalar Int',
      'object NotBookable',
      'enum Period',
      'interface Problem',
      'scalar String',
    ]);
  });

  it('shows each field with its arguments, defaults, return type and deprecation, anchored by type and name', () => {
    const [bookings, reservations] = type(reference, 'Query')!.fields;
    expect(bookings).toMatchObject({
      anchor: 'Query.bookings',
      description: "The viewer's bookings, newest first; live changes: `bookingChanged`.",
      type: { before: '[', name: 'Booking', after: '!]!' },
      deprecationReason: null,
    });
    expect(bookings!.args).toEqual([
      {
        name: 'period',
        description: 'Which ones.',
        type: { before: '', name: 'Period', after: '!' },
        defaultValue: 'UPCOMING',
        deprecationReason: null,
      },
      {
        name: 'first',
        description: 'Page size.',
        type: { before: '', name: 'Int', after: '' },
        defaultValue: null,
        deprecationReason: null,
      },
    ]);
    expect(reservations!.deprecationReason).toBe('Use `bookings`.');
    expect(type(reference, 'Period')!.values.map((value) => [value.anchor, value.deprecationReason])).toEqual([
      ['Period.UPCOMING', null],
      ['Period.PAST', null],
      ['Period.OLD', 'Gone.'],
    ]);
  });

  it('knows union members, interfaces and who implements them', () => {
    expect(type(reference, 'BookResult')!.members).toEqual(['Booking', 'NotBookable']);
    expect(type(reference, 'NotBookable')!.interfaces).toEqual(['Problem']);
    expect(type(reference, 'Problem')!.implementations).toEqual(['NotBookable']);
  });

  it('links what descriptions name in code: types, Type.field and root operations', () => {
    expect(reference.anchors.get('Booking')).toBe('type-Booking');
    expect(reference.anchors.get('Booking.id')).toBe('Booking.id');
    expect(reference.anchors.get('bookingChanged')).toBe('Subscription.bookingChanged');
    expect(reference.anchors.get('bookings')).toBe('Query.bookings');
    expect(reference.anchors.get('nothing')).toBeUndefined();
  });
});

describe('the filter', () => {
  it('keeps a type whose name or description matches whole, and only the matching members of the others', () => {
    const narrowed = filterApiReference(reference, 'booked');
    expect(narrowed.types.map((entry) => entry.name)).toEqual(['Booking']);
    expect(type(narrowed, 'Booking')!.fields).toHaveLength(2);
    expect(narrowed.roots).toEqual([]);

    const byField = filterApiReference(reference, 'newest');
    expect(byField.roots.map((root) => root.fields.map((field) => field.anchor))).toEqual([['Query.bookings']]);
    expect(byField.types).toEqual([]);
  });

  it('never keeps Query or Subscription whole for their own name, and matches every word, case aside', () => {
    expect(filterApiReference(reference, 'query').roots).toEqual([]);
    const values = filterApiReference(reference, 'NOT yet');
    expect(type(values, 'Period')!.values.map((value) => value.name)).toEqual(['UPCOMING']);
    expect(countEntries(values)).toEqual({ types: 1, members: 1 });
  });

  it('shows everything for an empty filter and nothing for an unknown word', () => {
    expect(filterApiReference(reference, '  ')).toBe(reference);
    expect(countEntries(filterApiReference(reference, 'zebra'))).toEqual({ types: 0, members: 0 });
  });
});

describe("Skillcall's own schema", () => {
  it('documents searchExperts from its description, with its input and result types', () => {
    const real = buildApiReference(apiSchema());
    const searchExperts = type(real, 'Query')!.fields.find((field) => field.name === 'searchExperts')!;
    expect(searchExperts.description).toMatch(/^Find experts by free text/);
    expect(searchExperts.type.name).toBe('SearchExpertsResult');
    expect(searchExperts.args.map((arg) => arg.name)).toContain('input');
    expect(type(real, 'SearchExpertsResult')!.members).toContain('ExpertSearchConnection');
  });
});
