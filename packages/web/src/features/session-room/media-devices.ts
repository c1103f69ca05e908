/**
 * The cameras, microphones and speakers of this device, kept up to date when one is plugged in or out, and the ones
 * chosen in the device check, remembered on this device for the next session.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DeviceChoice } from './local-media';

export interface MediaDeviceLists {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  speakers: MediaDeviceInfo[];
}

export interface DeviceSelection extends DeviceChoice {
  speakerId: string | null;
}

const storageKey = 'skillcall.sessionDevices';

/** Whether sound can be sent to a chosen speaker (HTMLMediaElement.setSinkId; not in every browser). */
export const canChooseSpeaker = typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

/**
 * The devices, listed again when they change and whenever `refreshKey` changes: labels only appear once the page
 * may use the camera or microphone, so the caller passes something that changes when it has opened them.
 */
export function useMediaDevices(refreshKey: unknown): MediaDeviceLists {
  const [lists, setLists] = useState<MediaDeviceLists>({ cameras: [], microphones: [], speakers: [] });
  useEffect(() => {
    const devices = navigator.mediaDevices;
    if (!devices?.enumerateDevices) return;
    let cancelled = false;
    const list = () =>
      void devices.enumerateDevices().then((all) => {
        if (cancelled) return;
        // Before permission, devices come without ids: nothing to choose between yet.
        const usable = all.filter((device) => device.deviceId);
        setLists({
          cameras: usable.filter((device) => device.kind === 'videoinput'),
          microphones: usable.filter((device) => device.kind === 'audioinput'),
          speakers: usable.filter((device) => device.kind === 'audiooutput'),
        });
      });
    list();
    devices.addEventListener('devicechange', list);
    return () => {
      cancelled = true;
      devices.removeEventListener('devicechange', list);
    };
  }, [refreshKey]);
  return lists;
}

function savedSelection(): DeviceSelection {
  const empty = { cameraId: null, microphoneId: null, speakerId: null };
  try {
    const saved = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as Partial<DeviceSelection> | null;
    const id = (value: unknown) => (typeof value === 'string' && value ? value : null);
    return saved ? { cameraId: id(saved.cameraId), microphoneId: id(saved.microphoneId), speakerId: id(saved.speakerId) } : empty;
  } catch {
    return empty;
  }
}

/** The devices chosen for sessions on this device (null: the browser's default). */
export function useDeviceSelection(): [DeviceSelection, (change: Partial<DeviceSelection>) => void] {
  const [selection, setSelection] = useState(savedSelection);
  const change = useCallback((update: Partial<DeviceSelection>) => {
    setSelection((current) => {
      const next = { ...current, ...update };
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // private mode or storage full: the choice lasts for this page only
      }
      return next;
    });
  }, []);
  return [selection, change];
}

/** Plays sound from `element` through the chosen speaker, where the browser allows choosing. */
export async function playThrough(element: HTMLMediaElement, speakerId: string | null): Promise<void> {
  if (!canChooseSpeaker) return;
  try {
    await element.setSinkId(speakerId ?? '');
  } catch {
    // The speaker was unplugged: sound stays on the current output.
  }
}
