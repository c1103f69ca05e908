import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { paths } from '../route-paths';
import classes from './BottomNav.module.css';
import { UnreadCountBadge } from '../features/messages/MessagesHeaderLink';
import { useUnreadMessages } from '../features/messages/use-unread-messages';
import { AccountIcon, BookingsIcon, DashboardIcon, FindHelpIcon, MessagesIcon } from './icons';

interface BottomNavProps {
  /** Whether the signed-in person is an expert (their dashboard joins the bar). */
  expert: boolean;
}

interface Item {
  to: string;
  label: string;
  icon: ReactNode;
  /** The addresses that count as this item's (its own, and the pages under it). */
  owns: readonly string[];
  /** A count beside the icon (unread messages), and the link's name saying it. */
  badge?: ReactNode;
  ariaLabel?: string;
}

/**
 * The bar at the bottom of phones (below `sm`) for signed-in people: Find help, Bookings, the Dashboard for experts,
 * Messages (with the unread count), Account. It replaces the header's links to the same places (the user menu keeps them on wider screens), respects
 * the safe area under it, and is not shown in the session room, whose controls sit there.
 */
export function BottomNav({ expert }: BottomNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const unread = useUnreadMessages();
  const items: Item[] = [
    {
      to: paths.home,
      label: t('bottomNav.findHelp'),
      icon: <FindHelpIcon />,
      owns: [paths.home, paths.search, paths.category, paths.expert, paths.offering],
    },
    { to: paths.bookings, label: t('bottomNav.bookings'), icon: <BookingsIcon />, owns: [paths.bookings, paths.booking] },
    ...(expert
      ? [
          {
            to: paths.dashboard,
            label: t('bottomNav.dashboard'),
            icon: <DashboardIcon />,
            owns: [paths.dashboard, paths.dashboardAvailability, paths.dashboardEarnings],
          },
        ]
      : []),
    {
      to: paths.messages,
      label: t('messages.nav.label'),
      icon: <MessagesIcon />,
      owns: [paths.messages, paths.conversation],
      badge: <UnreadCountBadge count={unread} />,
      ariaLabel: unread > 0 ? t('messages.nav.labelUnread', { count: unread }) : undefined,
    },
    {
      to: paths.account,
      label: t('bottomNav.account'),
      icon: <AccountIcon />,
      owns: [paths.account, paths.notificationSettings, paths.taxProfile],
    },
  ];
  if (matchPath(paths.sessionRoom, pathname)) return null;
  return (
    <>
      <div className={classes.spacer} />
      <nav className={classes.nav} aria-label={t('bottomNav.label')} data-testid="bottom-nav">
        {items.map((item) => (
          <Link
            key={item.to}
            to={item.to}
            className={classes.item}
            aria-label={item.ariaLabel}
            aria-current={item.owns.some((pattern) => matchPath(pattern, pathname)) ? 'page' : undefined}
          >
            <span className={classes.icon}>
              {item.icon}
              {item.badge}
            </span>
            {item.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
