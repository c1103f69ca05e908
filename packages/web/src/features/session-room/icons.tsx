/** The call controls' icons, drawn inline (24×24 strokes); the buttons carry the labels. */
import type { ReactNode } from 'react';
import { StrokeIcon } from '../../components/ui/StrokeIcon';

const Icon = ({ children }: { children: ReactNode }) => <StrokeIcon size={20}>{children}</StrokeIcon>;

export const MicrophoneIcon = () => (
  <Icon>
    <rect x="9" y="3" width="6" height="11" rx="3" />
    <path d="M5 11a7 7 0 0 0 14 0M12 18v3M8 21h8" />
  </Icon>
);

export const MicrophoneOffIcon = () => (
  <Icon>
    <path d="M3 3l18 18M9 9v2a3 3 0 0 0 5.1 2.1M15 11V6a3 3 0 0 0-5.7-1.3" />
    <path d="M5 11a7 7 0 0 0 11.9 5M19 11a7 7 0 0 1-.6 2.8M12 18v3M8 21h8" />
  </Icon>
);

export const CameraIcon = () => (
  <Icon>
    <rect x="3" y="6" width="13" height="12" rx="2" />
    <path d="M16 10l5-3v10l-5-3z" />
  </Icon>
);

export const CameraOffIcon = () => (
  <Icon>
    <path d="M3 3l18 18M16 16v0a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h1M10 6h4a2 2 0 0 1 2 2v4l5-3v8" />
  </Icon>
);

export const ScreenIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8M12 16v4M9 10l3-3 3 3M12 7v6" />
  </Icon>
);

export const ScreenOffIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8M12 16v4M9.5 7.5l5 5M14.5 7.5l-5 5" />
  </Icon>
);

export const StatsIcon = () => (
  <Icon>
    <path d="M3 12h4l3 8 4-16 3 8h4" />
  </Icon>
);

export const LeaveIcon = () => (
  <Icon>
    <path d="M14 8V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-2M9 12h12M18 9l3 3-3 3" />
  </Icon>
);

export const EndCallIcon = () => (
  <Icon>
    <path d="M3 14.5c5-4.7 13-4.7 18 0l-2.2 2.4-3.6-1.6v-2.7a12 12 0 0 0-6.4 0v2.7l-3.6 1.6z" />
  </Icon>
);

export const SwitchCameraIcon = () => (
  <Icon>
    <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
    <path d="M9.5 12.5a3 3 0 0 1 5-1.5l.5.5M14.5 14.5a3 3 0 0 1-5 1.5l-.5-.5M15 9.5v2h-2M9 17.5v-2h2" />
  </Icon>
);
