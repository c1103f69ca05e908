import { useEffect, useRef, type CSSProperties } from 'react';
import { playThrough } from './media-devices';

interface MediaVideoProps {
  stream: MediaStream | null;
  /** What it shows, for screen readers ("Camera of Ana", "Your camera"). */
  label: string;
  /** Your own camera and screen: never played back (no echo). */
  muted?: boolean;
  /** Your own camera, shown as in a mirror. */
  mirrored?: boolean;
  /** The speaker chosen in the device check (null: the default output). */
  speakerId?: string | null;
  fit?: 'cover' | 'contain';
  testId?: string;
}

/** A live stream in a `<video>`, filling its box. */
export function MediaVideo({ stream, label, muted = false, mirrored = false, speakerId = null, fit = 'cover', testId }: MediaVideoProps) {
  const ref = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    // Playing may be refused until the page has been clicked; the call only starts after the Join click.
    if (stream) void video.play().catch(() => undefined);
    return () => {
      video.srcObject = null;
    };
  }, [stream]);

  useEffect(() => {
    if (ref.current && !muted) void playThrough(ref.current, speakerId);
  }, [speakerId, muted, stream]);

  const style: CSSProperties = {
    width: '100%',
    height: '100%',
    objectFit: fit,
    display: 'block',
    background: 'black',
    transform: mirrored ? 'scaleX(-1)' : undefined,
  };
  return <video ref={ref} autoPlay playsInline muted={muted} aria-label={label} style={style} data-testid={testId} />;
}
