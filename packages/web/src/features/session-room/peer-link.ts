/**
 * One WebRTC connection to one stay of the other participant, negotiated with the "perfect negotiation" pattern
 * (https://developer.mozilla.org/docs/Web/API/WebRTC_API/Perfect_negotiation): either side may offer at any time
 * (adding a shared screen, restarting ICE); when both offer at once, the polite side (the user) gives way and the
 * impolite side (the expert) ignores the other's offer.
 *
 * Every description sent says which of the sender's streams is a shared screen (`screenStreamId`): stream ids travel
 * in the SDP, so the receiving side tells the screen from the camera by that id.
 */
import type { SignalKind } from '@skillcall/schema';

export interface DescriptionPayload {
  description: RTCSessionDescriptionInit;
  /** The id of the sender's shared screen stream, or null when it shares nothing. */
  screenStreamId: string | null;
}

export interface RemoteMedia {
  camera: MediaStream | null;
  screen: MediaStream | null;
}

export type RemoteTrackRole = 'camera' | 'screen';

export interface LocalSource {
  track: MediaStreamTrack;
  stream: MediaStream;
}

export interface PeerLinkOptions {
  polite: boolean;
  iceServers: RTCIceServer[];
  /** Camera, microphone and shared screen tracks to send from the start. */
  sources: LocalSource[];
  screenStreamId: () => string | null;
  send: (kind: SignalKind, payload: string) => void;
  /** Something shown changed: remote streams, connection state. */
  onChange: () => void;
  /** The connection cannot recover by itself (negotiation lost, ICE restart without effect): make a new one. */
  onStuck: () => void;
  /** Make a new connection and give it this signal (the other side's first offer, met with this side's own). */
  onRestart: (kind: SignalKind, payload: string) => void;
}

/** How long ICE may stay "disconnected" before it is restarted (it often recovers by itself within seconds). */
const disconnectedGraceMs = 3_000;
/** A connection not under way this long after its creation or an ICE restart is given up and made again. */
const stuckAfterMs = 10_000;

/** The SDP origin line ("o=- <session id> <version> …"): the same in an offer sent again, new in a new offer. */
const originOf = (sdp: string | undefined) => sdp?.match(/^o=.*$/m)?.[0] ?? null;

function isRepeat(offer: RTCSessionDescriptionInit, current: RTCSessionDescription | null): boolean {
  const origin = originOf(offer.sdp);
  return origin !== null && origin === originOf(current?.sdp);
}

function isDescriptionPayload(value: unknown): value is DescriptionPayload {
  if (!value || typeof value !== 'object') return false;
  const { description, screenStreamId } = value as Partial<DescriptionPayload>;
  return !!description && typeof description.type === 'string' && (screenStreamId === null || typeof screenStreamId === 'string');
}

export class PeerLink {
  readonly pc: RTCPeerConnection;
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswerPending = false;
  /** Incoming signals, handled one after the other in the order they came. */
  private incoming: Promise<void> = Promise.resolve();
  private remoteStreams = new Map<string, MediaStream>();
  private remoteScreenId: string | null = null;
  /** Streams that were the other side's screen once: never shown as a camera after the sharing stops. */
  private pastScreenIds = new Set<string>();
  private screenSenders: RTCRtpSender[] = [];
  private disconnectedTimer: ReturnType<typeof setTimeout> | undefined;
  private stuckTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly options: PeerLinkOptions) {
    const pc = new RTCPeerConnection({ iceServers: options.iceServers });
    this.pc = pc;
    for (const { track, stream } of options.sources) {
      const sender = pc.addTrack(track, stream);
      if (stream.id === options.screenStreamId()) this.screenSenders.push(sender);
    }
    // Without a camera or microphone, still ask for the other side's: this side then offers too, so two sides
    // without any device still connect (and see that the other has none).
    for (const kind of ['audio', 'video'] as const) {
      if (!options.sources.some(({ track }) => track.kind === kind)) pc.addTransceiver(kind, { direction: 'recvonly' });
    }
    pc.onnegotiationneeded = () => void this.offer();
    pc.onicecandidate = ({ candidate }) => {
      if (candidate && !this.closed) options.send('CANDIDATE', JSON.stringify(candidate.toJSON()));
    };
    pc.ontrack = ({ track, streams }) => this.addRemoteTrack(track, streams[0] ?? new MediaStream([track]));
    pc.oniceconnectionstatechange = () => this.watchIce();
    pc.onconnectionstatechange = () => options.onChange();
    this.watchForStuck();
  }

  /** A signal from the other side's stay this link is for. */
  receive(kind: SignalKind, payload: string): void {
    this.incoming = this.incoming
      .then(() => this.handle(kind, payload))
      .catch((error: unknown) => console.warn('WebRTC signal not applied', error));
  }

  /** Starts sending a shared screen (an additional video track: the camera keeps going). */
  addScreen(track: MediaStreamTrack, stream: MediaStream): void {
    if (!this.closed) this.screenSenders.push(this.pc.addTrack(track, stream));
  }

  /** Sends `next` where `previous` was sent (the other camera of a phone), on the live connection: no renegotiation. */
  async replaceTrack(previous: MediaStreamTrack, next: MediaStreamTrack): Promise<void> {
    const sender = this.pc.getSenders().find((candidate) => candidate.track === previous);
    if (sender && !this.closed) await sender.replaceTrack(next);
  }

  removeScreen(): void {
    if (this.closed) return;
    for (const sender of this.screenSenders) this.pc.removeTrack(sender);
    this.screenSenders = [];
  }

  remote(): RemoteMedia {
    let camera: MediaStream | null = null;
    let screen: MediaStream | null = null;
    for (const [id, stream] of this.remoteStreams) {
      if (!stream.getTracks().length) continue;
      if (id === this.remoteScreenId) screen = stream;
      else if (!this.pastScreenIds.has(id)) camera = stream;
    }
    return { camera, screen };
  }

  /** Whether a received track (by id, as in `inbound-rtp` stats) shows the other side's camera or screen. */
  roleOfTrack(trackId: string): RemoteTrackRole | null {
    const { camera, screen } = this.remote();
    if (screen?.getTracks().some((track) => track.id === trackId)) return 'screen';
    if (camera?.getTracks().some((track) => track.id === trackId)) return 'camera';
    return null;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.disconnectedTimer);
    clearTimeout(this.stuckTimer);
    this.pc.onnegotiationneeded = null;
    this.pc.onicecandidate = null;
    this.pc.ontrack = null;
    this.pc.oniceconnectionstatechange = null;
    this.pc.onconnectionstatechange = null;
    this.pc.close();
    this.remoteStreams.clear();
  }

  private async offer(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      this.sendDescription();
    } catch (error) {
      if (!this.closed) console.warn('WebRTC offer failed', error);
    } finally {
      this.makingOffer = false;
    }
  }

  private sendDescription(): void {
    const description = this.pc.localDescription;
    if (!description || this.closed) return;
    const payload: DescriptionPayload = {
      description: description.toJSON() as RTCSessionDescriptionInit,
      screenStreamId: this.options.screenStreamId(),
    };
    this.options.send('DESCRIPTION', JSON.stringify(payload));
  }

  private async handle(kind: SignalKind, payload: string): Promise<void> {
    if (this.closed) return;
    const data: unknown = JSON.parse(payload);
    if (kind === 'CANDIDATE') {
      // Before any description from this stay (its offer came before this page joined): the candidates are in
      // the SDP of the offer it sends again (see below).
      if (!this.pc.remoteDescription) return;
      try {
        await this.pc.addIceCandidate(data as RTCIceCandidateInit);
      } catch (error) {
        // Candidates of an offer this side ignored fail to apply: expected.
        if (!this.ignoreOffer) throw error;
      }
      return;
    }
    if (!isDescriptionPayload(data)) return;
    const { description, screenStreamId } = data;
    const readyForOffer = !this.makingOffer && (this.pc.signalingState === 'stable' || this.settingRemoteAnswerPending);
    const offerCollision = description.type === 'offer' && !readyForOffer;
    if (offerCollision && this.options.polite && !this.pc.currentRemoteDescription) {
      // Both sides made their first offer at once. Rolling this side's back can leave the connection with no
      // ICE candidates at all (seen in Chromium when the offer was still being made): a new connection takes
      // the other side's offer instead, from a clean state.
      this.options.onRestart(kind, payload);
      return;
    }
    this.ignoreOffer = !this.options.polite && offerCollision;
    if (this.ignoreOffer) {
      // The polite side offers while this side waits for the answer to its own offer, which it may never have
      // received (sent the moment it joined, before it listened): send it again, with the candidates gathered
      // since; the polite side gives way to it. A copy of one it already answered is dropped there (below).
      // (An offer still being made is sent when it is ready.)
      if (this.pc.signalingState === 'have-local-offer' && !this.makingOffer) this.sendDescription();
      return;
    }
    if (description.type === 'offer' && isRepeat(description, this.pc.remoteDescription)) return;
    this.setRemoteScreen(screenStreamId);
    this.settingRemoteAnswerPending = description.type === 'answer';
    await this.pc.setRemoteDescription(description);
    this.settingRemoteAnswerPending = false;
    if (description.type === 'offer') {
      await this.pc.setLocalDescription();
      this.sendDescription();
    }
  }

  private setRemoteScreen(id: string | null): void {
    if (id === this.remoteScreenId) return;
    if (this.remoteScreenId) this.pastScreenIds.add(this.remoteScreenId);
    this.remoteScreenId = id;
    this.options.onChange();
  }

  private addRemoteTrack(track: MediaStreamTrack, stream: MediaStream): void {
    if (!this.remoteStreams.has(stream.id)) {
      this.remoteStreams.set(stream.id, stream);
      stream.addEventListener('removetrack', () => this.options.onChange());
    }
    track.addEventListener('ended', () => this.options.onChange());
    this.options.onChange();
  }

  private watchIce(): void {
    const state = this.pc.iceConnectionState;
    clearTimeout(this.disconnectedTimer);
    if (state === 'failed') {
      this.pc.restartIce();
      this.watchForStuck();
    } else if (state === 'disconnected') {
      this.disconnectedTimer = setTimeout(() => {
        if (this.pc.iceConnectionState !== 'disconnected') return;
        this.pc.restartIce();
        this.watchForStuck();
      }, disconnectedGraceMs);
    }
    this.options.onChange();
  }

  /**
   * A negotiation can be lost (an offer sent before the other side listened, a socket that dropped): if nothing
   * is under way after a while, the owner makes a new connection, which negotiates from scratch.
   */
  private watchForStuck(): void {
    clearTimeout(this.stuckTimer);
    this.stuckTimer = setTimeout(() => {
      const ice = this.pc.iceConnectionState;
      if (this.closed || ice === 'connected' || ice === 'completed' || ice === 'checking') return;
      // With nothing to send, this side never offers: the other side's own watch starts again.
      if (!this.pc.getSenders().some((sender) => sender.track)) return;
      this.options.onStuck();
    }, stuckAfterMs);
  }
}
