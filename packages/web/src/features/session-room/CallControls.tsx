import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './CallControls.module.css';
import {
  CameraIcon,
  CameraOffIcon,
  EndCallIcon,
  LeaveIcon,
  MicrophoneIcon,
  MicrophoneOffIcon,
  ScreenIcon,
  ScreenOffIcon,
  StatsIcon,
  SwitchCameraIcon,
} from './icons';

interface CallControlsProps {
  microphone: { available: boolean; on: boolean; toggle: () => void };
  camera: { available: boolean; on: boolean; toggle: () => void };
  /** The front/back switch, only on devices with more than one camera. */
  cameraSwitch: { available: boolean; switching: boolean; onSwitch: () => void };
  screen: { available: boolean; sharing: boolean; share: () => void; stop: () => void };
  connection: { open: boolean; toggle: () => void };
  onLeave: () => void;
  onEnd: () => void;
  leaving: boolean;
}

/**
 * The bar under the video: microphone, camera, screen sharing, the Connection panel, then Leave and End. The toggles
 * keep one name and say whether they are on with aria-pressed (pressed: muted, camera off, sharing). On a phone, with
 * the camera switch, it sits at the bottom of the screen (CallControls.module.css).
 */
export function CallControls({ microphone, camera, cameraSwitch, screen, connection, onLeave, onEnd, leaving }: CallControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className={classes.spacer} />
      <Group
        justify="space-between"
        gap="sm"
        role="toolbar"
        aria-label={t('room.call.controls')}
        className={classes.bar}
        data-testid="call-controls"
      >
        <Group gap="xs">
          <Toggle
            label={t('room.call.muteMicrophone')}
            pressed={!microphone.on}
            disabled={!microphone.available}
            onClick={microphone.toggle}
            icon={microphone.on ? <MicrophoneIcon /> : <MicrophoneOffIcon />}
          />
          <Toggle
            label={t('room.call.cameraOff')}
            pressed={!camera.on}
            disabled={!camera.available}
            onClick={camera.toggle}
            icon={camera.on ? <CameraIcon /> : <CameraOffIcon />}
          />
          {cameraSwitch.available && (
            <Tooltip label={t('roomPhone.switchCamera')}>
              <ActionIcon
                size="xl"
                variant="default"
                aria-label={t('roomPhone.switchCamera')}
                loading={cameraSwitch.switching}
                onClick={cameraSwitch.onSwitch}
              >
                <SwitchCameraIcon />
              </ActionIcon>
            </Tooltip>
          )}
          <Toggle
            label={t('room.call.shareScreen')}
            pressed={screen.sharing}
            disabled={!screen.available}
            onClick={screen.sharing ? screen.stop : screen.share}
            icon={screen.sharing ? <ScreenOffIcon /> : <ScreenIcon />}
            pressedColor="blue"
          />
          <Tooltip label={t('room.call.connection')}>
            <ActionIcon
              size="xl"
              variant={connection.open ? 'filled' : 'default'}
              aria-label={t('room.call.connection')}
              aria-expanded={connection.open}
              aria-controls="connection-panel"
              onClick={connection.toggle}
            >
              <StatsIcon />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<LeaveIcon />} onClick={onLeave} loading={leaving}>
            {t('room.call.leave')}
          </Button>
          <Button color="red" leftSection={<EndCallIcon />} onClick={onEnd}>
            {t('room.call.end')}
          </Button>
        </Group>
      </Group>
    </>
  );
}

interface ToggleProps {
  label: string;
  pressed: boolean;
  disabled: boolean;
  onClick: () => void;
  icon: ReactNode;
  /** Red by default: pressed means something is off (muted, camera off). */
  pressedColor?: string;
}

function Toggle({ label, pressed, disabled, onClick, icon, pressedColor = 'red' }: ToggleProps) {
  return (
    <Tooltip label={label}>
      <ActionIcon
        size="xl"
        variant={pressed ? 'filled' : 'default'}
        color={pressed ? pressedColor : undefined}
        aria-label={label}
        aria-pressed={pressed}
        disabled={disabled}
        onClick={onClick}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
