/**
 * The camera and microphone of this browser: opening them with the chosen devices, keeping what works when one is
 * missing or refused, and naming why the other failed in words the device check can explain.
 */
import { useEffect, useState } from 'react';

/** Why a camera or microphone is not available. */
export type MediaProblem = 'denied' | 'notFound' | 'inUse' | 'unsupported' | 'failed';

export interface DeviceChoice {
  cameraId: string | null;
  microphoneId: string | null;
}

export interface LocalMedia {
  /** The tracks that could be opened (possibly none). */
  stream: MediaStream;
  camera: MediaProblem | null;
  microphone: MediaProblem | null;
}

export function mediaProblem(error: unknown): MediaProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'notFound';
    case 'NotReadableError':
    case 'AbortError':
      return 'inUse';
    default:
      return 'failed';
  }
}

export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** A bare device id is an ideal, not an exact constraint: a device unplugged since it was chosen falls back to another. */
const videoConstraints = (cameraId: string | null): MediaTrackConstraints => ({
  ...(cameraId ? { deviceId: cameraId } : {}),
  width: { ideal: 1280 },
  height: { ideal: 720 },
});
const audioConstraints = (microphoneId: string | null): MediaTrackConstraints => ({
  ...(microphoneId ? { deviceId: microphoneId } : {}),
  echoCancellation: true,
  noiseSuppression: true,
});

/** Opens the chosen camera and microphone; when that fails, each on its own, so a refused camera keeps the microphone. */
export async function openLocalMedia(choice: DeviceChoice): Promise<LocalMedia> {
  if (!navigator.mediaDevices?.getUserMedia) return { stream: new MediaStream(), camera: 'unsupported', microphone: 'unsupported' };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: videoConstraints(choice.cameraId),
      audio: audioConstraints(choice.microphoneId),
    });
    return { stream, camera: null, microphone: null };
  } catch {
    // One of them is missing, busy or refused: try them one by one below.
  }
  const stream = new MediaStream();
  const open = async (constraints: MediaStreamConstraints): Promise<MediaProblem | null> => {
    try {
      const opened = await navigator.mediaDevices.getUserMedia(constraints);
      for (const track of opened.getTracks()) stream.addTrack(track);
      return null;
    } catch (error) {
      return mediaProblem(error);
    }
  };
  const microphone = await open({ audio: audioConstraints(choice.microphoneId) });
  const camera = await open({ video: videoConstraints(choice.cameraId) });
  return { stream, camera, microphone };
}

export type LocalMediaState = { status: 'opening' } | ({ status: 'ready' } & LocalMedia);

/**
 * The camera and microphone while the component is shown, opened again when the choice changes; every track is
 * stopped when the choice changes and on unmount (the camera light goes off).
 */
export function useLocalMedia(choice: DeviceChoice): LocalMediaState {
  const key = `${choice.cameraId ?? ''}|${choice.microphoneId ?? ''}`;
  const [opened, setOpened] = useState<{ key: string; media: LocalMedia } | null>(null);

  useEffect(() => {
    const [cameraId, microphoneId] = key.split('|');
    let current: MediaStream | null = null;
    let cancelled = false;
    void openLocalMedia({ cameraId: cameraId || null, microphoneId: microphoneId || null }).then((media) => {
      if (cancelled) return stopStream(media.stream);
      current = media.stream;
      setOpened({ key, media });
    });
    return () => {
      cancelled = true;
      stopStream(current);
    };
  }, [key]);

  return opened && opened.key === key ? { status: 'ready', ...opened.media } : { status: 'opening' };
}
