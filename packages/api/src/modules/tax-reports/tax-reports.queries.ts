/** The SQL of the reports: issued documents (invoices module's tables) and ledger entries (billing's), read only. */
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';

export interface DocumentLineRow {
  documentId: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  issuedAt: Date;
  creditedIssuedAt: Date | null;
  currency: string;
  taxCountry: string | null;
  rateBasisPoints: number;
  mention: 'REVERSE_CHARGE' | 'EXEMPT_SMALL_BUSINESS' | 'OUTSIDE_EU' | null;
  netMinor: number;
  taxMinor: number;
}

/** The lines of the documents one issuer (`platform`) issued in [from, until). */
export async function documentLinesIssued(db: DbExecutor, issuerKey: string, from: Date, until: Date): Promise<DocumentLineRow[]> {
  const rows = await db.execute<{
    document_id: string;
    kind: 'INVOICE' | 'CREDIT_NOTE';
    issued_at: string;
    credited_issued_at: string | null;
    currency: string;
    tax_country: string | null;
    rate_basis_points: number;
    mention: DocumentLineRow['mention'];
    net_minor: string;
    tax_minor: string;
  }>(sql`
    select i.id as document_id, i.kind, i.issued_at, c.issued_at as credited_issued_at, i.currency, l.tax_country,
      l.rate_basis_points, i.mention, l.net_minor, l.tax_minor
    from invoices i
    join invoice_lines l on l.invoice_id = i.id
    left join invoices c on c.id = i.credited_invoice_id
    where i.issuer_key = ${issuerKey}
      and i.issued_at >= ${from.toISOString()}::timestamptz and i.issued_at < ${until.toISOString()}::timestamptz
    order by i.issued_at, i.id, l.position`);
  return rows.map((r) => ({
    documentId: r.document_id,
    kind: r.kind,
    issuedAt: new Date(r.issued_at),
    creditedIssuedAt: r.credited_issued_at ? new Date(r.credited_issued_at) : null,
    currency: r.currency,
    taxCountry: r.tax_country,
    rateBasisPoints: Number(r.rate_basis_points),
    mention: r.mention,
    netMinor: Number(r.net_minor),
    taxMinor: Number(r.tax_minor),
  }));
}

export interface StatementBookingRow {
  bookingId: string;
  /** The first movement of the booking's money in the period (its charge, or a refund of an earlier charge). */
  at: Date;
  startsAt: Date;
  offeringTitle: string;
  currency: string;
  /** Charged less refunded, in the period. */
  grossMinor: number;
  /** The platform's commission less what was given back with refunds. */
  commissionMinor: number;
  /** The expert's share transferred to their payout account, less reversals. */
  payoutMinor: number;
  /** VAT of the session's invoices less its credit notes, issued in the period. */
  taxMinor: number;
}

/** One row per booking of the expert whose money moved in [from, until), from the ledger and the session's documents. */
export async function statementBookings(db: DbExecutor, expertId: string, from: Date, until: Date): Promise<StatementBookingRow[]> {
  const fromText = from.toISOString();
  const untilText = until.toISOString();
  const rows = await db.execute<{
    booking_id: string;
    at: string;
    starts_at: string;
    title: string;
    currency: string;
    gross: string;
    commission: string;
    payout: string;
    tax: string;
  }>(sql`
    with moved as (
      select e.booking_id, e.currency, min(e.created_at) as at,
        coalesce(sum(e.amount_minor) filter (where e.account = 'provider'), 0) as gross,
        -coalesce(sum(e.amount_minor) filter (where e.account = 'platform:revenue'), 0) as commission,
        -coalesce(sum(e.amount_minor) filter (where e.account = ${`expert:${expertId}`}), 0) as payout
      from ledger_entries e
      join bookings b on b.id = e.booking_id and b.expert_id = ${expertId}
      where e.created_at >= ${fromText}::timestamptz and e.created_at < ${untilText}::timestamptz
      group by e.booking_id, e.currency
    ),
    taxed as (
      select i.booking_id, sum(case when i.kind = 'CREDIT_NOTE' then -i.tax_minor else i.tax_minor end) as tax
      from invoices i
      where i.supply = 'SESSION' and i.booking_id in (select booking_id from moved)
        and i.issued_at >= ${fromText}::timestamptz and i.issued_at < ${untilText}::timestamptz
      group by i.booking_id
    )
    select m.booking_id, m.at, b.starts_at, o.title, m.currency, m.gross, m.commission, m.payout, coalesce(t.tax, 0) as tax
    from moved m
    join bookings b on b.id = m.booking_id
    join offerings o on o.id = b.offering_id
    left join taxed t on t.booking_id = m.booking_id
    order by m.at, m.booking_id`);
  return rows.map((r) => ({
    bookingId: r.booking_id,
    at: new Date(r.at),
    startsAt: new Date(r.starts_at),
    offeringTitle: r.title,
    currency: r.currency,
    grossMinor: Number(r.gross),
    commissionMinor: Number(r.commission),
    payoutMinor: Number(r.payout),
    taxMinor: Number(r.tax),
  }));
}

export interface CommissionBookingRow {
  bookingId: string;
  paymentId: string | null;
  startsAt: Date;
  offeringTitle: string;
  currency: string;
  /** What the customer was charged (captured). */
  chargedMinor: number;
  /** The platform's commission kept on it (VAT included). */
  commissionMinor: number;
}

/** The expert's bookings charged in [from, until) with the commission the platform kept, net of refunds in the period. */
export async function commissionBookings(
  db: DbExecutor,
  from: Date,
  until: Date,
): Promise<(CommissionBookingRow & { expertId: string })[]> {
  const rows = await db.execute<{
    booking_id: string;
    expert_id: string;
    payment_id: string | null;
    starts_at: string;
    title: string;
    currency: string;
    charged: string;
    commission: string;
  }>(sql`
    select e.booking_id, b.expert_id, (select p.id from payments p where p.booking_id = e.booking_id order by p.created_at desc limit 1) as payment_id,
      b.starts_at, o.title, e.currency,
      coalesce(sum(e.amount_minor) filter (where e.account = 'provider' and e.kind = 'CHARGE'), 0) as charged,
      -coalesce(sum(e.amount_minor) filter (where e.account = 'platform:revenue'), 0) as commission
    from ledger_entries e
    join bookings b on b.id = e.booking_id
    join offerings o on o.id = b.offering_id
    where e.created_at >= ${from.toISOString()}::timestamptz and e.created_at < ${until.toISOString()}::timestamptz
    group by e.booking_id, b.expert_id, b.starts_at, o.title, e.currency
    having -coalesce(sum(e.amount_minor) filter (where e.account = 'platform:revenue'), 0) > 0
    order by b.expert_id, e.currency, b.starts_at, e.booking_id`);
  return rows.map((r) => ({
    bookingId: r.booking_id,
    expertId: r.expert_id,
    paymentId: r.payment_id,
    startsAt: new Date(r.starts_at),
    offeringTitle: r.title,
    currency: r.currency,
    chargedMinor: Number(r.charged),
    commissionMinor: Number(r.commission),
  }));
}
