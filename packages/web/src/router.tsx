import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { RouteLoading } from './components/ui/RouteLoading';
import { AccountRoute } from './routes/account';
import { AccountDeletedRoute } from './routes/account-deleted';
import { CategoryRoute } from './routes/category';
import { DevelopersLoading } from './features/developers/DevelopersLoading';
import { ExpertRoute } from './routes/expert';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { OfferingRoute } from './routes/offering';
import { ResetPasswordRoute } from './routes/reset-password';
import { VerifyEmailRoute } from './routes/verify-email';
import { RootRoute } from './routes/root';
import { aliases, paths } from './route-paths';
import { RouteErrorBoundary } from './routes/route-error';
import { SearchRoute } from './routes/search';
import { SignInRoute } from './routes/sign-in';
import { SignUpRoute } from './routes/sign-up';

/**
 * A page whose code loads when it is first opened: what only experts, admins or people in a session use stays out of
 * the download every visitor waits for. Opened directly, it shows a skeleton until its code is there.
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
      { index: true, Component: HomeRoute },
      { path: paths.category, Component: CategoryRoute },
      { path: paths.expert, Component: ExpertRoute },
      { path: paths.offering, Component: OfferingRoute },
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
      { path: paths.search, Component: SearchRoute },
      { path: paths.signUp, Component: SignUpRoute },
      { path: paths.signIn, Component: SignInRoute },
      ...Object.entries(aliases).map(([path, to]) => alias(path, to)),
      { path: paths.forgotPassword, Component: ForgotPasswordRoute },
      { path: paths.resetPassword, Component: ResetPasswordRoute },
      { path: paths.verifyEmail, Component: VerifyEmailRoute },
      { path: paths.account, Component: AccountRoute },
      {
        path: paths.notificationSettings,
        ...lazyRoute(async () => (await import('./routes/notification-settings')).NotificationSettingsRoute),
      },
      { path: paths.unsubscribe, ...lazyRoute(async () => (await import('./routes/unsubscribe')).UnsubscribeRoute) },
      { path: paths.accountDeleted, Component: AccountDeletedRoute },
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
      { path: paths.payOffline, ...lazyRoute(async () => (await import('./routes/pay-offline')).PayOfflineRoute) },
      { path: paths.developerWebhooks, ...lazyRoute(async () => (await import('./routes/developer-webhooks')).DeveloperWebhooksRoute) },
      { path: paths.developerKeys, ...lazyRoute(async () => (await import('./routes/developer-keys')).DeveloperKeysRoute) },
      {
        path: paths.developers,
        // The schema's text and graphql's schema builder load only with this page, not with the app.
        ...lazyRoute(async () => (await import('./routes/developers')).DevelopersRoute, DevelopersLoading),
      },
      { path: paths.devMailbox, ...lazyRoute(async () => (await import('./routes/dev-mailbox')).DevMailboxRoute) },
      { path: '*', Component: NotFoundRoute },
    ],
  },
]);
