import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { paths } from '../route-paths';
import classes from './BottomNav.module.css';
import { AccountIcon, BookingsIcon, DashboardIcon, FindHelpIcon } from './icons';

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
}

/**
 * The bar at the bottom of phones (below `sm`) for signed-in people: Find help, Bookings, the Dashboard for experts,
 * Account. It replaces the header's links to the same places (the user menu keeps them on wider screens), respects
 * the safe area under it, and is not shown in the session room, whose controls sit there.
 */
export function BottomNav({ expert }: BottomNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
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
            aria-current={item.owns.some((pattern) => matchPath(pattern, pathname)) ? 'page' : undefined}
          >
            {item.icon}
            {item.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
