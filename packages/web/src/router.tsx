import { createBrowserRouter } from 'react-router';
import { AccountRoute } from './routes/account';
import { AccountDeletedRoute } from './routes/account-deleted';
import { AdminApplicationRoute } from './routes/admin/application';
import { AdminAuditRoute } from './routes/admin/audit';
import { AdminCategoriesRoute } from './routes/admin/categories';
import { AdminExpertsRoute } from './routes/admin/experts';
import { AdminLayoutRoute } from './routes/admin/layout';
import { AdminQueueRoute } from './routes/admin/queue';
import { AdminRefundsRoute } from './routes/admin/refunds';
import { AdminReportsRoute } from './routes/admin/reports';
import { AdminRevenueRoute } from './routes/admin/revenue';
import { BecomeExpertRoute } from './routes/become-an-expert';
import { BookingRoute } from './routes/booking';
import { BookingsRoute } from './routes/bookings';
import { CategoryRoute } from './routes/category';
import { DashboardRoute } from './routes/dashboard';
import { DashboardAvailabilityRoute } from './routes/dashboard-availability';
import { DashboardEarningsRoute } from './routes/dashboard-earnings';
import { DeveloperWebhooksRoute } from './routes/developer-webhooks';
import { DeveloperKeysRoute } from './routes/developer-keys';
import { DevelopersLoading } from './features/developers/DevelopersLoading';
import { DevMailboxRoute } from './routes/dev-mailbox';
import { ExpertRoute } from './routes/expert';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { OfferingRoute } from './routes/offering';
import { PayOfflineRoute } from './routes/pay-offline';
import { ResetPasswordRoute } from './routes/reset-password';
import { RootRoute } from './routes/root';
import { RouteErrorBoundary } from './routes/route-error';
import { SearchRoute } from './routes/search';
import { SessionRoomRoute } from './routes/session-room';
import { SignInRoute } from './routes/sign-in';
import { SignUpRoute } from './routes/sign-up';

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
      { path: 'become-an-expert', Component: BecomeExpertRoute },
      {
        path: 'admin',
        Component: AdminLayoutRoute,
        children: [
          { index: true, Component: AdminQueueRoute },
          { path: 'applications/:id', Component: AdminApplicationRoute },
          { path: 'experts', Component: AdminExpertsRoute },
          { path: 'audit', Component: AdminAuditRoute },
          { path: 'categories', Component: AdminCategoriesRoute },
          { path: 'refunds', Component: AdminRefundsRoute },
          { path: 'reports', Component: AdminReportsRoute },
          { path: 'revenue', Component: AdminRevenueRoute },
        ],
      },
      { path: 'search', Component: SearchRoute },
      { path: 'sign-up', Component: SignUpRoute },
      { path: 'sign-in', Component: SignInRoute },
      { path: 'forgot-password', Component: ForgotPasswordRoute },
      { path: 'reset-password', Component: ResetPasswordRoute },
      { path: 'account', Component: AccountRoute },
      { path: 'account-deleted', Component: AccountDeletedRoute },
      { path: 'bookings', Component: BookingsRoute },
      { path: 'bookings/:id', Component: BookingRoute },
      { path: 'bookings/:id/room', Component: SessionRoomRoute },
      { path: 'dashboard', Component: DashboardRoute },
      { path: 'dashboard/availability', Component: DashboardAvailabilityRoute },
      { path: 'dashboard/earnings', Component: DashboardEarningsRoute },
      { path: 'pay/offline/:checkoutId', Component: PayOfflineRoute },
      { path: 'developers/webhooks', Component: DeveloperWebhooksRoute },
      { path: 'developers/keys', Component: DeveloperKeysRoute },
      {
        path: 'developers',
        // Lazy: the schema's text and graphql's schema builder load only with this page, not with the app.
        lazy: async () => ({ Component: (await import('./routes/developers')).DevelopersRoute }),
        HydrateFallback: DevelopersLoading,
      },
      { path: 'dev/mailbox', Component: DevMailboxRoute },
      { path: '*', Component: NotFoundRoute },
    ],
  },
]);
