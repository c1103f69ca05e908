import DataLoader from 'dataloader';
import type { DbExecutor } from '../../platform/db/client';
import { byKey } from '../../platform/db/loader-helpers';
import { paymentsOfBookings, refundRequestsOfBookings } from './payment.queries';
import type { PaymentRow, RefundRequestRow } from './payment.table';

export const createBillingLoaders = (db: DbExecutor) => ({
  paymentByBooking: new DataLoader<string, PaymentRow | undefined>(async (ids) =>
    byKey(ids, await paymentsOfBookings(db, ids), (p) => p.bookingId),
  ),
  refundRequestByBooking: new DataLoader<string, RefundRequestRow | undefined>(async (ids) =>
    byKey(ids, await refundRequestsOfBookings(db, ids), (r) => r.bookingId),
  ),
});
