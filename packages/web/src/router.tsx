import { createBrowserRouter } from 'react-router';
import { AccountRoute } from './routes/account';
import { CategoryRoute } from './routes/category';
import { DevMailboxRoute } from './routes/dev-mailbox';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { ResetPasswordRoute } from './routes/reset-password';
import { RootRoute } from './routes/root';
import { RouteErrorBoundary } from './routes/route-error';
import { SearchRoute } from './routes/search';
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
      { path: 'search', Component: SearchRoute },
      { path: 'sign-up', Component: SignUpRoute },
      { path: 'sign-in', Component: SignInRoute },
      { path: 'forgot-password', Component: ForgotPasswordRoute },
      { path: 'reset-password', Component: ResetPasswordRoute },
      { path: 'account', Component: AccountRoute },
      { path: 'dev/mailbox', Component: DevMailboxRoute },
      { path: '*', Component: NotFoundRoute },
    ],
  },
]);
