/**
 * Every address of the SPA, as react-router patterns: router.tsx declares its routes from these, and the build writes
 * them to `dist/spa-routes.json` so the API answers 404 (with the SPA's "Page not found") for every other address.
 * Plain data with no imports: vite.config.ts reads it. `router.test.ts` checks the router declares exactly these.
 */
export const paths = {
  home: '/',
  category: '/categories/:slug',
  expert: '/experts/:slug',
  offering: '/experts/:expertSlug/:offeringSlug',
  becomeAnExpert: '/become-an-expert',
  admin: '/admin',
  adminApplication: '/admin/applications/:id',
  adminExperts: '/admin/experts',
  adminAudit: '/admin/audit',
  adminCategories: '/admin/categories',
  adminRefunds: '/admin/refunds',
  adminReports: '/admin/reports',
  adminRevenue: '/admin/revenue',
  adminMail: '/admin/mail',
  search: '/search',
  signUp: '/sign-up',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  verifyEmail: '/verify-email',
  account: '/account',
  notificationSettings: '/account/notifications',
  taxProfile: '/account/tax',
  unsubscribe: '/unsubscribe/:token',
  accountDeleted: '/account-deleted',
  welcome: '/welcome',
  bookings: '/bookings',
  booking: '/bookings/:id',
  sessionRoom: '/bookings/:id/room',
  dashboard: '/dashboard',
  dashboardAvailability: '/dashboard/availability',
  dashboardEarnings: '/dashboard/earnings',
  helpRequest: '/help-requests/:id',
  messages: '/messages',
  conversation: '/messages/:id',
  payOffline: '/pay/offline/:checkoutId',
  developerWebhooks: '/developers/webhooks',
  developerKeys: '/developers/keys',
  developers: '/developers',
  devMailbox: '/dev/mailbox',
} as const;

/** Addresses people type by habit, sent on to the app's own (query kept). */
export const aliases = {
  '/signin': paths.signIn,
  '/login': paths.signIn,
  '/log-in': paths.signIn,
  '/signup': paths.signUp,
  '/register': paths.signUp,
} as const;

/** What the build writes to `dist/spa-routes.json`. */
export const spaRoutePatterns: string[] = [...Object.values(paths), ...Object.keys(aliases)];
