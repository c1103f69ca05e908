/**
 * The front/back camera switch of a phone in the room. Shown when the device has more than one camera; a tap opens
 * the camera facing the other way (`facingMode`), or, for cameras that do not say where they face (a computer's
 * two webcams), the next one in the list, and sends it in place of the current one on the live connection
 * (RTCRtpSender.replaceTrack: the other side keeps its video without a new negotiation).
 */
import { useState } from 'react';
import { mediaProblem } from './local-media';
import { useMediaDevices } from './media-devices';

export type Facing = 'user' | 'environment';

const size = { width: { ideal: 1280 }, height: { ideal: 720 } };

async function openVideo(constraints: MediaTrackConstraints): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { ...size, ...constraints } });
  return stream.getVideoTracks()[0]!;
}

/** The camera facing `facing`, else the one after `previous` among `cameras`. */
async function openOtherCamera(facing: Facing, previous: MediaStreamTrack, cameras: MediaDeviceInfo[]): Promise<MediaStreamTrack> {
  try {
    return await openVideo({ facingMode: { exact: facing } });
  } catch (error) {
    // Many phones cannot open a second camera while one is on: free it and try again.
    if (mediaProblem(error) === 'inUse') {
      previous.stop();
      return openVideo({ facingMode: { exact: facing } });
    }
    if (mediaProblem(error) !== 'notFound') throw error;
  }
  const index = cameras.findIndex((camera) => camera.deviceId === previous.getSettings().deviceId);
  return openVideo({ deviceId: { exact: cameras[(index + 1) % cameras.length]!.deviceId } });
}

export function useCameraSwitch(
  localStream: MediaStream | null,
  replace: (previous: MediaStreamTrack, next: MediaStreamTrack) => Promise<void>,
) {
  const { cameras } = useMediaDevices(localStream);
  const [facing, setFacing] = useState<Facing>('user');
  const [switching, setSwitching] = useState(false);
  const available = cameras.length > 1 && !!localStream?.getVideoTracks().length;

  /** Resolves false when no other camera could be opened (the current one goes on). */
  const switchCamera = async (): Promise<boolean> => {
    const previous = localStream?.getVideoTracks()[0];
    if (!previous || switching) return false;
    const next: Facing = facing === 'user' ? 'environment' : 'user';
    setSwitching(true);
    try {
      const track = await openOtherCamera(next, previous, cameras);
      track.enabled = previous.enabled;
      await replace(previous, track);
      previous.stop();
      setFacing(next);
      return true;
    } catch {
      return false;
    } finally {
      setSwitching(false);
    }
  };

  return { available, facing, switching, switchCamera };
}
