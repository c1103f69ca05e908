/** Every table of every module, for drizzle's relational queries and drizzle-kit. Tables live in their modules. */
export * from '../../modules/identity/identity.table';
export * from '../../modules/notifications/mail.table';
export * from '../../modules/catalog/category.table';
export * from '../../modules/experts/expert.table';
export * from '../../modules/moderation/audit.table';
export * from '../../modules/search/search.table';
export * from '../../modules/availability/availability.table';
export * from '../../modules/bookings/booking.table';
export * from '../../modules/instant/help-request.table';
export * from '../../modules/billing/ledger.table';
export * from '../../modules/billing/payment.table';
export * from '../../modules/sessions/session.table';
export * from '../../modules/reviews/review.table';
export * from '../../modules/reports/report.table';
export * from '../../modules/partners/webhook.table';
export * from '../../modules/privacy/data-export.table';
export * from '../../modules/partners/api-key.table';
