/**
 * The figures of the Connection panel, read from RTCPeerConnection.getStats(): the route the media takes (the
 * selected candidate pair: direct, through NAT, or relayed by a TURN server), what is received and what is sent.
 */
import type { RemoteTrackRole } from './peer-link';

export interface InboundVideo {
  width: number | null;
  height: number | null;
  framesDecoded: number;
  framesPerSecond: number | null;
}

export interface ConnectionFigures {
  /** host, srflx, prflx or relay: how this side reaches the other. */
  localCandidateType: string | null;
  remoteCandidateType: string | null;
  protocol: string | null;
  roundTripMs: number | null;
  camera: InboundVideo | null;
  screen: InboundVideo | null;
  /** Video sent, all streams together, in kbit/s over the last interval. */
  outboundKbps: number | null;
  /** For the next interval's bitrate. */
  bytesSent: number;
  timestamp: number;
}

type Stat = Record<string, unknown> & { id: string; type: string; timestamp: number };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function readConnectionFigures(
  report: RTCStatsReport,
  roleOfTrack: (trackId: string) => RemoteTrackRole | null,
  previous: ConnectionFigures | null,
): ConnectionFigures {
  const stats = new Map<string, Stat>();
  report.forEach((stat: Stat) => stats.set(stat.id, stat));
  const all = [...stats.values()];

  const transport = all.find((stat) => stat.type === 'transport' && str(stat.selectedCandidatePairId));
  const pair =
    (transport && stats.get(str(transport.selectedCandidatePairId)!)) ??
    all.find((stat) => stat.type === 'candidate-pair' && stat.nominated === true && stat.state === 'succeeded');
  const local = pair ? stats.get(str(pair.localCandidateId) ?? '') : undefined;
  const remote = pair ? stats.get(str(pair.remoteCandidateId) ?? '') : undefined;

  const inbound: Partial<Record<RemoteTrackRole, InboundVideo>> = {};
  let bytesSent = 0;
  let timestamp = 0;
  for (const stat of all) {
    if (stat.type === 'inbound-rtp' && stat.kind === 'video') {
      const role = roleOfTrack(str(stat.trackIdentifier) ?? '');
      if (!role) continue;
      inbound[role] = {
        width: num(stat.frameWidth),
        height: num(stat.frameHeight),
        framesDecoded: num(stat.framesDecoded) ?? 0,
        framesPerSecond: num(stat.framesPerSecond),
      };
    } else if (stat.type === 'outbound-rtp' && stat.kind === 'video') {
      bytesSent += num(stat.bytesSent) ?? 0;
      timestamp = Math.max(timestamp, stat.timestamp);
    }
  }

  const elapsedMs = previous ? timestamp - previous.timestamp : 0;
  const sentMore = previous ? bytesSent - previous.bytesSent : -1;
  const rtt = pair ? num(pair.currentRoundTripTime) : null;
  return {
    localCandidateType: local ? str(local.candidateType) : null,
    remoteCandidateType: remote ? str(remote.candidateType) : null,
    protocol: local ? str(local.protocol) : null,
    roundTripMs: rtt === null ? null : Math.round(rtt * 1000),
    camera: inbound.camera ?? null,
    screen: inbound.screen ?? null,
    // A new connection counts from zero again: no figure for that interval.
    outboundKbps: elapsedMs > 0 && sentMore >= 0 ? Math.round((sentMore * 8) / elapsedMs) : null,
    bytesSent,
    timestamp,
  };
}
