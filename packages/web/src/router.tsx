import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { RouteLoading } from './components/ui/RouteLoading';
import { aliases, paths } from './route-paths';
import { RootRoute } from './routes/root';
import { RouteErrorBoundary } from './routes/route-error';

/**
 * Every page is lazy: its code (and the Mantine components, styles and GraphQL documents only it uses) loads when it
 * is first opened, so a visitor downloads the layout and the page they asked for, nothing else. Opened directly, a
 * page shows a skeleton (or its own fallback) in the layout until its code is there. One route per line; a new page
 * is one more line of the same shape (CONTRIBUTING.md, "A new page").
 */
const lazyRoute = (load: () => Promise<ComponentType>, HydrateFallback: ComponentType = RouteLoading) => ({
  lazy: async () => ({ Component: await load() }),
  HydrateFallback,
});

/** An address people type by habit (/login, /signup), sent on to the app's own, with its query kept. */
function alias(path: string, to: string): RouteObject {
  return { path, loader: ({ request }) => redirect(`${to}${new URL(request.url).search}`), HydrateFallback: RouteLoading };
}

/** Every URL of the SPA, from `route-paths.ts`: the API serves index.html for all of them, with 404 for any other. */
export const router = createBrowserRouter([
  {
    Component: RootRoute,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      { index: true, ...lazyRoute(async () => (await import('./routes/home')).HomeRoute) },
      { path: paths.category, ...lazyRoute(async () => (await import('./routes/category')).CategoryRoute) },
      { path: paths.expert, ...lazyRoute(async () => (await import('./routes/expert')).ExpertRoute) },
      { path: paths.offering, ...lazyRoute(async () => (await import('./routes/offering')).OfferingRoute) },
      { path: paths.becomeAnExpert, ...lazyRoute(async () => (await import('./routes/become-an-expert')).BecomeExpertRoute) },
      {
        path: paths.admin,
        ...lazyRoute(async () => (await import('./routes/admin/layout')).AdminLayoutRoute),
        children: [
          { index: true, ...lazyRoute(async () => (await import('./routes/admin/queue')).AdminQueueRoute) },
          { path: paths.adminApplication, ...lazyRoute(async () => (await import('./routes/admin/application')).AdminApplicationRoute) },
          { path: paths.adminExperts, ...lazyRoute(async () => (await import('./routes/admin/experts')).AdminExpertsRoute) },
          { path: paths.adminAudit, ...lazyRoute(async () => (await import('./routes/admin/audit')).AdminAuditRoute) },
          { path: paths.adminCategories, ...lazyRoute(async () => (await import('./routes/admin/categories')).AdminCategoriesRoute) },
          { path: paths.adminRefunds, ...lazyRoute(async () => (await import('./routes/admin/refunds')).AdminRefundsRoute) },
          { path: paths.adminReports, ...lazyRoute(async () => (await import('./routes/admin/reports')).AdminReportsRoute) },
          { path: paths.adminRevenue, ...lazyRoute(async () => (await import('./routes/admin/revenue')).AdminRevenueRoute) },
          { path: paths.adminMail, ...lazyRoute(async () => (await import('./routes/admin/mail')).AdminMailRoute) },
        ],
      },
      { path: paths.search, ...lazyRoute(async () => (await import('./routes/search')).SearchRoute) },
      { path: paths.signUp, ...lazyRoute(async () => (await import('./routes/sign-up')).SignUpRoute) },
      { path: paths.signIn, ...lazyRoute(async () => (await import('./routes/sign-in')).SignInRoute) },
      ...Object.entries(aliases).map(([path, to]) => alias(path, to)),
      { path: paths.forgotPassword, ...lazyRoute(async () => (await import('./routes/forgot-password')).ForgotPasswordRoute) },
      { path: paths.resetPassword, ...lazyRoute(async () => (await import('./routes/reset-password')).ResetPasswordRoute) },
      { path: paths.verifyEmail, ...lazyRoute(async () => (await import('./routes/verify-email')).VerifyEmailRoute) },
      { path: paths.account, ...lazyRoute(async () => (await import('./routes/account')).AccountRoute) },
      {
        path: paths.notificationSettings,
        ...lazyRoute(async () => (await import('./routes/notification-settings')).NotificationSettingsRoute),
      },
      { path: paths.taxProfile, ...lazyRoute(async () => (await import('./routes/tax-profile')).TaxProfileRoute) },
      { path: paths.unsubscribe, ...lazyRoute(async () => (await import('./routes/unsubscribe')).UnsubscribeRoute) },
      { path: paths.accountDeleted, ...lazyRoute(async () => (await import('./routes/account-deleted')).AccountDeletedRoute) },
      { path: paths.welcome, ...lazyRoute(async () => (await import('./routes/welcome')).WelcomeRoute) },
      { path: paths.bookings, ...lazyRoute(async () => (await import('./routes/bookings')).BookingsRoute) },
      { path: paths.booking, ...lazyRoute(async () => (await import('./routes/booking')).BookingRoute) },
      { path: paths.sessionRoom, ...lazyRoute(async () => (await import('./routes/session-room')).SessionRoomRoute) },
      { path: paths.dashboard, ...lazyRoute(async () => (await import('./routes/dashboard')).DashboardRoute) },
      {
        path: paths.dashboardAvailability,
        ...lazyRoute(async () => (await import('./routes/dashboard-availability')).DashboardAvailabilityRoute),
      },
      { path: paths.dashboardEarnings, ...lazyRoute(async () => (await import('./routes/dashboard-earnings')).DashboardEarningsRoute) },
      { path: paths.helpRequest, ...lazyRoute(async () => (await import('./routes/help-request')).HelpRequestRoute) },
      { path: paths.messages, ...lazyRoute(async () => (await import('./routes/messages')).MessagesRoute) },
      { path: paths.conversation, ...lazyRoute(async () => (await import('./routes/messages')).MessagesRoute) },
      { path: paths.payOffline, ...lazyRoute(async () => (await import('./routes/pay-offline')).PayOfflineRoute) },
      { path: paths.developerWebhooks, ...lazyRoute(async () => (await import('./routes/developer-webhooks')).DeveloperWebhooksRoute) },
      { path: paths.developerKeys, ...lazyRoute(async () => (await import('./routes/developer-keys')).DeveloperKeysRoute) },
      {
        path: paths.developers,
        // The schema's text and graphql's schema builder load only with this page, not with the app.
        ...lazyRoute(async () => (await import('./routes/developers')).DevelopersRoute),
      },
      { path: paths.devMailbox, ...lazyRoute(async () => (await import('./routes/dev-mailbox')).DevMailboxRoute) },
      { path: '*', ...lazyRoute(async () => (await import('./routes/not-found')).NotFoundRoute) },
    ],
  },
]);
