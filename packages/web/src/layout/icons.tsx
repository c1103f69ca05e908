/** The layout's icons (the header's search, the bottom navigation), drawn inline (24×24 strokes); links carry the labels. */
import type { ReactNode } from 'react';
import { StrokeIcon } from '../components/ui/StrokeIcon';

const Icon = ({ children }: { children: ReactNode }) => <StrokeIcon size={22}>{children}</StrokeIcon>;

export const SearchIcon = () => (
  <Icon>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-3.5-3.5" />
  </Icon>
);

export const FindHelpIcon = () => (
  <Icon>
    <path d="M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5" />
  </Icon>
);

export const BookingsIcon = () => (
  <Icon>
    <rect x="3.5" y="5" width="17" height="15" rx="2" />
    <path d="M3.5 10h17M8 3v4M16 3v4" />
  </Icon>
);

export const DashboardIcon = () => (
  <Icon>
    <rect x="3.5" y="3.5" width="7" height="9" rx="1.5" />
    <rect x="13.5" y="3.5" width="7" height="5" rx="1.5" />
    <rect x="13.5" y="11.5" width="7" height="9" rx="1.5" />
    <rect x="3.5" y="15.5" width="7" height="5" rx="1.5" />
  </Icon>
);

export const AccountIcon = () => (
  <Icon>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 20.5c1.5-4 4.5-6 8-6s6.5 2 8 6" />
  </Icon>
);

export const MessagesIcon = () => (
  <Icon>
    <path d="M4 5.5h16v11H9l-5 4v-15Z" />
  </Icon>
);
