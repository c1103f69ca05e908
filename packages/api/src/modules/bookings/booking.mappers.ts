import { toMoney } from '../billing/money.types';
import type { BookingRow } from './booking.table';
import { Booking, type BookingSource } from './booking.types';
import type { CancellationPolicy, PriceModel } from '../experts/offering.types';

export function toBooking(row: BookingRow): Booking {
  return Object.assign(new Booking(), {
    ...row,
    source: row.source as BookingSource,
    priceModel: row.priceModel as PriceModel,
    cancellationPolicy: row.cancellationPolicy as CancellationPolicy,
    price: row.currency !== null && row.priceMinor !== null ? toMoney({ amountMinor: row.priceMinor, currency: row.currency }) : null,
  });
}
