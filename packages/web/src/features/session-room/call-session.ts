/**
 * The call of one room page: which stay of the other participant it talks to, the WebRTC connection to it (made
 * again whenever that stay changes: they reloaded, or this page joined again), the signals both ways, and the
 * screen this side shares.
 *
 * The other side's current stay is known from the room's live changes and from the signals it sends, both
 * delivered over one socket in the order the server produced them; a stay seen to end is never talked to again.
 * Signals leave strictly in order: each mutation waits for the previous one, as they travel as separate requests.
 */
import type { ApolloClient } from '@apollo/client';
import { SendSessionSignalDocument, SessionSignalsDocument, type SignalKind } from '@skillcall/schema';
import { errorKind } from '../../lib/errors';
import { stopStream } from './local-media';
import { PeerLink, type LocalSource, type RemoteMedia, type RemoteTrackRole } from './peer-link';

export interface CallSnapshot {
  remote: RemoteMedia;
  /** The WebRTC connection's state; null while there is none (not joined, or nobody on the other side). */
  connectionState: RTCPeerConnectionState | null;
  /** The screen this side shares, or null. */
  screen: MediaStream | null;
}

export const idleCall: CallSnapshot = { remote: { camera: null, screen: null }, connectionState: null, screen: null };

export interface CallStats {
  report: RTCStatsReport;
  roleOfTrack: (trackId: string) => RemoteTrackRole | null;
}

interface CallSessionOptions {
  client: ApolloClient;
  bookingId: string;
  /** The user gives way when both sides offer at once; the expert does not. */
  polite: boolean;
  onChange: (snapshot: CallSnapshot) => void;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class CallSession {
  private link: PeerLink | null = null;
  /** The other side's current stay, and the ones seen to end. */
  private peerId: string | null = null;
  private readonly pastPeerIds = new Set<string>();
  /** This page's stay while joined. */
  private ownId: string | null = null;
  private localStream: MediaStream | null = null;
  private iceServers: RTCIceServer[] = [];
  private screen: MediaStream | null = null;
  private outgoing: Promise<void> = Promise.resolve();
  private readonly signals: { unsubscribe(): void };
  private disposed = false;

  constructor(private readonly options: CallSessionOptions) {
    // Listening starts with the page, before joining: an offer sent as soon as this side joins is not missed.
    this.signals = options.client
      .subscribe({ query: SessionSignalsDocument, variables: { bookingId: options.bookingId }, fetchPolicy: 'no-cache' })
      .subscribe({
        next: ({ data }) => {
          const signal = data?.sessionSignals;
          if (signal) this.receive(signal.fromConnectionId, signal.kind, signal.payload);
        },
        error: (error: unknown) => console.warn('Session signals stopped', error),
      });
  }

  /** This page entered the room (again) as stay `connectionId`, sending `localStream`. */
  join(connectionId: string, localStream: MediaStream | null, iceServers: RTCIceServer[]): void {
    this.ownId = connectionId;
    this.localStream = localStream;
    this.iceServers = iceServers;
    if (this.peerId) this.openLink();
    else this.emit();
  }

  /** This page left the room: the connection goes, the shared screen too. */
  leave(): void {
    this.ownId = null;
    this.closeLink();
    this.stopScreen();
    this.emit();
  }

  /** The other side's current stay as the room's live changes say (null: not in the room). */
  peerSeen(connectionId: string | null): void {
    if (connectionId === this.peerId) return;
    if (connectionId === null) {
      if (this.peerId) this.pastPeerIds.add(this.peerId);
      this.peerId = null;
      this.closeLink();
      this.emit();
      return;
    }
    if (this.pastPeerIds.has(connectionId)) return;
    if (this.peerId) this.pastPeerIds.add(this.peerId);
    this.peerId = connectionId;
    if (this.ownId) this.openLink();
  }

  /** After the live socket came back, signals may have been lost: a connection not under way starts again. */
  recover(): void {
    const ice = this.link?.pc.iceConnectionState;
    if (this.link && ice !== 'connected' && ice !== 'completed') this.openLink();
  }

  async shareScreen(): Promise<void> {
    const screen = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    if (this.disposed || !this.ownId) return stopStream(screen);
    this.stopScreen();
    this.screen = screen;
    for (const track of screen.getVideoTracks()) {
      track.contentHint = 'detail';
      // The browser's own "Stop sharing" button ends the track.
      track.addEventListener('ended', () => {
        if (this.screen === screen) this.stopScreen();
      });
      this.link?.addScreen(track, screen);
    }
    this.emit();
  }

  /**
   * The camera sent becomes `next` (front/back): in this page's stream, which a connection made later sends, and on
   * the live connection's sender.
   */
  async replaceCamera(previous: MediaStreamTrack, next: MediaStreamTrack): Promise<void> {
    const stream = this.localStream;
    if (stream) {
      stream.removeTrack(previous);
      stream.addTrack(next);
    }
    await this.link?.replaceTrack(previous, next);
  }

  stopScreen(): void {
    if (!this.screen) return;
    stopStream(this.screen);
    this.screen = null;
    this.link?.removeScreen();
    this.emit();
  }

  async stats(): Promise<CallStats | null> {
    const link = this.link;
    if (!link) return null;
    return { report: await link.pc.getStats(), roleOfTrack: (trackId) => link.roleOfTrack(trackId) };
  }

  dispose(): void {
    this.disposed = true;
    this.signals.unsubscribe();
    this.ownId = null;
    this.closeLink();
    if (this.screen) stopStream(this.screen);
    this.screen = null;
  }

  private receive(fromConnectionId: string, kind: SignalKind, payload: string): void {
    if (this.pastPeerIds.has(fromConnectionId)) return;
    // A signal from a stay not seen yet: the other side reloaded, and its signal came before the room's change.
    if (fromConnectionId !== this.peerId) this.peerSeen(fromConnectionId);
    if (this.ownId) this.link?.receive(kind, payload);
  }

  private sources(): LocalSource[] {
    const streams = [this.localStream, this.screen].filter((stream): stream is MediaStream => !!stream);
    return streams.flatMap((stream) => stream.getTracks().map((track) => ({ track, stream })));
  }

  private openLink(): void {
    this.closeLink();
    const link: PeerLink = new PeerLink({
      polite: this.options.polite,
      iceServers: this.iceServers,
      sources: this.sources(),
      screenStreamId: () => this.screen?.id ?? null,
      send: (kind, payload) => this.send(link, kind, payload),
      onChange: () => {
        if (this.link === link) this.emit();
      },
      onStuck: () => {
        if (this.link === link) this.openLink();
      },
      onRestart: (kind, payload) => {
        if (this.link !== link) return;
        this.openLink();
        this.link?.receive(kind, payload);
      },
    });
    this.link = link;
    this.emit();
  }

  private closeLink(): void {
    this.link?.close();
    this.link = null;
  }

  private send(link: PeerLink, kind: SignalKind, payload: string): void {
    const connectionId = this.ownId;
    if (this.link !== link || !connectionId) return;
    const input = { bookingId: this.options.bookingId, connectionId, kind, payload };
    this.outgoing = this.outgoing.then(async () => {
      for (let attempt = 0; attempt < 4; attempt += 1) {
        try {
          // False means this stay is over: the heartbeat notices and joins again.
          await this.options.client.mutate({ mutation: SendSessionSignalDocument, variables: { input }, fetchPolicy: 'no-cache' });
          return;
        } catch (error) {
          if (errorKind(error) !== 'network' || this.link !== link) return;
          await wait(300 * 2 ** attempt);
        }
      }
    });
  }

  private emit(): void {
    if (this.disposed) return;
    this.options.onChange({
      remote: this.link?.remote() ?? { camera: null, screen: null },
      connectionState: this.link?.pc.connectionState ?? null,
      screen: this.screen,
    });
  }
}
