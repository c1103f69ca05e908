/**
 * Recording in this browser: MediaRecorder on the other side's video with both voices mixed (Web Audio), cut into
 * chunks every 2 seconds and PUT to `<uploadUrl>/<n>` strictly in order, retrying when the network fails. The
 * server answers 409 once it stops taking chunks (consent withdrawn, session ended): the recording stops then.
 */

const videoTypes = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'];
const audioTypes = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'];
const timesliceMs = 2_000;
const maxUploadAttempts = 8;

/** Why a recording stopped other than by its Stop button. */
export type RecorderStop = 'refused' | 'failed';

export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof AudioContext !== 'undefined';
}

/** The first format this browser records that the server takes, for a recording with or without video. */
export function recordingMimeType(withVideo: boolean): string | null {
  return (withVideo ? videoTypes : audioTypes).find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What is recorded: the other side's camera (when there is one) and one audio track mixing both microphones. */
export function mixForRecording(remote: MediaStream | null, local: MediaStream | null): { stream: MediaStream; close: () => void } {
  const context = new AudioContext();
  const destination = context.createMediaStreamDestination();
  const sources = [...(remote?.getAudioTracks() ?? []), ...(local?.getAudioTracks() ?? [])].map((track) => {
    const source = context.createMediaStreamSource(new MediaStream([track]));
    source.connect(destination);
    return source;
  });
  const video = remote?.getVideoTracks()[0];
  const stream = new MediaStream([...(video ? [video] : []), ...destination.stream.getAudioTracks()]);
  return {
    stream,
    close: () => {
      for (const source of sources) source.disconnect();
      void context.close();
    },
  };
}

interface SessionRecorderOptions {
  stream: MediaStream;
  mimeType: string;
  /** Where chunk n goes: `${uploadUrl}/${n}`. */
  uploadUrl: string;
  /** The server stopped taking chunks, or uploading failed for good: the recorder stopped by itself. */
  onHalt: (reason: RecorderStop) => void;
}

export class SessionRecorder {
  private readonly recorder: MediaRecorder;
  private nextIndex = 0;
  private uploads: Promise<void> = Promise.resolve();
  private halted = false;
  private readonly stopped: Promise<void>;

  constructor(private readonly options: SessionRecorderOptions) {
    this.recorder = new MediaRecorder(options.stream, { mimeType: options.mimeType, videoBitsPerSecond: 1_200_000 });
    this.recorder.ondataavailable = ({ data }) => {
      if (data.size > 0) this.enqueue(data);
    };
    this.stopped = new Promise((resolve) => this.recorder.addEventListener('stop', () => resolve(), { once: true }));
    this.recorder.onerror = () => this.halt('failed');
    this.recorder.start(timesliceMs);
  }

  /** Stops recording and resolves once every chunk is uploaded (or refused). */
  async stop(): Promise<void> {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    await this.stopped;
    await this.uploads;
  }

  private enqueue(chunk: Blob): void {
    const index = this.nextIndex;
    this.nextIndex += 1;
    this.uploads = this.uploads.then(() => this.upload(index, chunk));
  }

  private async upload(index: number, chunk: Blob): Promise<void> {
    for (let attempt = 1; !this.halted; attempt += 1) {
      try {
        const response = await fetch(`${this.options.uploadUrl}/${index}`, { method: 'PUT', credentials: 'same-origin', body: chunk });
        if (response.ok) return;
        return this.halt(response.status === 409 ? 'refused' : 'failed');
      } catch {
        // The network failed: the same chunk again, a little later each time.
        if (attempt >= maxUploadAttempts) return this.halt('failed');
        await wait(Math.min(500 * 2 ** attempt, 8_000));
      }
    }
  }

  private halt(reason: RecorderStop): void {
    if (this.halted) return;
    this.halted = true;
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    this.options.onHalt(reason);
  }
}
