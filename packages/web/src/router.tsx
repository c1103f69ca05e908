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
import { RootRoute } from './routes/root';
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

/** Every URL of the SPA. The API serves index.html for all of them. */
export const router = createBrowserRouter([
  {
    Component: RootRoute,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      { index: true, Component: HomeRoute },
      { path: 'categories/:slug', Component: CategoryRoute },
      { path: 'experts/:slug', Component: ExpertRoute },
      { path: 'experts/:expertSlug/:offeringSlug', Component: OfferingRoute },
      { path: 'become-an-expert', ...lazyRoute(async () => (await import('./routes/become-an-expert')).BecomeExpertRoute) },
      {
        path: 'admin',
        ...lazyRoute(async () => (await import('./routes/admin/layout')).AdminLayoutRoute),
        children: [
          { index: true, ...lazyRoute(async () => (await import('./routes/admin/queue')).AdminQueueRoute) },
          { path: 'applications/:id', ...lazyRoute(async () => (await import('./routes/admin/application')).AdminApplicationRoute) },
          { path: 'experts', ...lazyRoute(async () => (await import('./routes/admin/experts')).AdminExpertsRoute) },
          { path: 'audit', ...lazyRoute(async () => (await import('./routes/admin/audit')).AdminAuditRoute) },
          { path: 'categories', ...lazyRoute(async () => (await import('./routes/admin/categories')).AdminCategoriesRoute) },
          { path: 'refunds', ...lazyRoute(async () => (await import('./routes/admin/refunds')).AdminRefundsRoute) },
          { path: 'reports', ...lazyRoute(async () => (await import('./routes/admin/reports')).AdminReportsRoute) },
          { path: 'revenue', ...lazyRoute(async () => (await import('./routes/admin/revenue')).AdminRevenueRoute) },
        ],
      },
      { path: 'search', Component: SearchRoute },
      { path: 'sign-up', Component: SignUpRoute },
      { path: 'sign-in', Component: SignInRoute },
      ...['signin', 'login', 'log-in'].map((path) => alias(path, '/sign-in')),
      ...['signup', 'register'].map((path) => alias(path, '/sign-up')),
      { path: 'forgot-password', Component: ForgotPasswordRoute },
      { path: 'reset-password', Component: ResetPasswordRoute },
      { path: 'account', Component: AccountRoute },
      { path: 'account-deleted', Component: AccountDeletedRoute },
      { path: 'bookings', ...lazyRoute(async () => (await import('./routes/bookings')).BookingsRoute) },
      { path: 'bookings/:id', ...lazyRoute(async () => (await import('./routes/booking')).BookingRoute) },
      { path: 'bookings/:id/room', ...lazyRoute(async () => (await import('./routes/session-room')).SessionRoomRoute) },
      { path: 'dashboard', ...lazyRoute(async () => (await import('./routes/dashboard')).DashboardRoute) },
      {
        path: 'dashboard/availability',
        ...lazyRoute(async () => (await import('./routes/dashboard-availability')).DashboardAvailabilityRoute),
      },
      { path: 'dashboard/earnings', ...lazyRoute(async () => (await import('./routes/dashboard-earnings')).DashboardEarningsRoute) },
      { path: 'pay/offline/:checkoutId', ...lazyRoute(async () => (await import('./routes/pay-offline')).PayOfflineRoute) },
      { path: 'developers/webhooks', ...lazyRoute(async () => (await import('./routes/developer-webhooks')).DeveloperWebhooksRoute) },
      { path: 'developers/keys', ...lazyRoute(async () => (await import('./routes/developer-keys')).DeveloperKeysRoute) },
      {
        path: 'developers',
        // The schema's text and graphql's schema builder load only with this page, not with the app.
        ...lazyRoute(async () => (await import('./routes/developers')).DevelopersRoute, DevelopersLoading),
      },
      { path: 'dev/mailbox', ...lazyRoute(async () => (await import('./routes/dev-mailbox')).DevMailboxRoute) },
      { path: '*', Component: NotFoundRoute },
    ],
  },
]);
