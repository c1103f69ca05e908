import { ErrorCode } from '../../error-codes';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';
import { BookingRole, type BookingParty } from '../bookings/booking.types';

export enum SessionState {
  NOT_OPEN_YET = 'NOT_OPEN_YET',
  OPEN = 'OPEN',
  ENDED = 'ENDED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(SessionState, {
  name: 'SessionState',
  description: 'Whether the room of a booking can be entered now.',
  valuesConfig: {
    NOT_OPEN_YET: { description: 'It opens 10 minutes before the start (`opensAt`).' },
    OPEN: { description: 'Participants can join.' },
    ENDED: { description: 'The session is over (see `endReason`).' },
    UNAVAILABLE: { description: 'The booking is not confirmed (waiting for payment, cancelled or expired): there is no session.' },
  },
});

export enum SessionEndReason {
  ENDED = 'ENDED',
  MAX_DURATION = 'MAX_DURATION',
  EXPERT_NO_SHOW = 'EXPERT_NO_SHOW',
  USER_NO_SHOW = 'USER_NO_SHOW',
}
registerEnumType(SessionEndReason, {
  name: 'SessionEndReason',
  description: 'How a session ended.',
  valuesConfig: {
    ENDED: { description: 'A participant ended it (`endedBy`).' },
    MAX_DURATION: { description: 'It reached the booked end time.' },
    EXPERT_NO_SHOW: { description: 'The expert did not join within 10 minutes of the start: the user is refunded in full.' },
    USER_NO_SHOW: {
      description: 'The user did not join: the booking’s cancellation policy decides the refund, as for a cancellation at the start.',
    },
  },
});

export enum SignalKind {
  DESCRIPTION = 'DESCRIPTION',
  CANDIDATE = 'CANDIDATE',
}
registerEnumType(SignalKind, {
  name: 'SignalKind',
  description: 'What a WebRTC signal carries.',
  valuesConfig: {
    DESCRIPTION: { description: 'A session description (offer or answer), as JSON of `RTCSessionDescriptionInit`.' },
    CANDIDATE: { description: 'An ICE candidate, as JSON of `RTCIceCandidateInit`.' },
  },
});

@ObjectType({ description: 'One side of the session.' })
export class SessionParticipant {
  @Field(() => BookingRole, { description: 'Which side: the user who booked, or the expert.' })
  role!: BookingRole;

  @Field(() => String, { description: 'Their name as shown to the other participant.' })
  displayName!: string;

  @Field(() => Boolean, { description: 'Whether they are in the room now.' })
  present!: boolean;

  @Field(() => ID, { nullable: true, description: 'Their current stay in the room (changes when they reload): signals come from it.' })
  connectionId!: string | null;

  @Field(() => Boolean, { description: 'Whether they agreed to record the session.' })
  consentsToRecording!: boolean;
}

@ObjectType({ description: 'A STUN or TURN server for the WebRTC connection (the shape of `RTCIceServer`).' })
export class IceServer {
  @Field(() => [String], { description: 'The server’s addresses (`stun:`, `stuns:`, `turn:`, `turns:`).' })
  urls!: string[];

  @Field(() => String, { nullable: true, description: 'For TURN: the username to present (coturn REST scheme: `<expiry>:<user id>`).' })
  username!: string | null;

  @Field(() => String, { nullable: true, description: 'For TURN: a short-lived credential issued for this viewer.' })
  credential!: string | null;
}

@ObjectType({ description: 'A chat message of the session room.' })
export class SessionMessage {
  @Field(() => ID, { description: 'The message’s id.' })
  id!: string;

  @Field(() => String, { description: 'The text, as written (trimmed); empty once its writer deleted their account.' })
  body!: string;

  @Field(() => BookingRole, { description: 'Who wrote it.' })
  senderRole!: BookingRole;

  @Field(() => String, { description: 'The writer’s name (a neutral marker once their account is deleted).' })
  senderName!: string;

  @Field(() => Boolean, { description: 'True when its writer deleted their account: the text is gone (show “message deleted”).' })
  deleted!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was posted.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A recording of the session, playable and deletable by both participants.' })
export class SessionRecording {
  @Field(() => ID, { description: 'The recording’s id.' })
  id!: string;

  @Field(() => Boolean, { description: 'False while it is still being recorded and uploaded.' })
  ready!: boolean;

  @Field(() => String, { description: 'The media type the browser recorded, e.g. "video/webm;codecs=vp8,opus".' })
  mimeType!: string;

  @Field(() => Int, { description: 'Bytes stored so far.' })
  sizeBytes!: number;

  @Field(() => GraphQLISODateTime, { description: 'When recording started.' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was sealed for playback (null while recording).' })
  finishedAt!: Date | null;

  @Field(() => BookingRole, { description: 'Whose browser recorded it.' })
  recordedBy!: BookingRole;

  @Field(() => String, { description: 'Where to play it (participants only), relative to the API’s origin.' })
  url!: string;

  @Field(() => String, { description: 'Where the recording browser PUTs chunk N: `<uploadUrl>/<N>`, from 0, in order.' })
  uploadUrl!: string;
}

@ObjectType({ description: 'The live session of a booking, as one participant sees it.' })
export class SessionRoom {
  @Field(() => ID, { description: 'The booking this session belongs to.' })
  bookingId!: string;

  @Field(() => BookingRole, { description: 'The viewer’s side.' })
  myRole!: BookingRole;

  @Field(() => SessionState, { description: 'Whether the room can be entered now.' })
  state!: SessionState;

  @Field(() => GraphQLISODateTime, { description: 'When participants can start joining (10 minutes before the start).' })
  opensAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The booked start.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The booked end: the session ends by itself then (its maximum duration).' })
  endsAt!: Date;

  // The other fields (participants, connected time, the end, recordings...) are resolved from the room's rows,
  // loaded once per room and only when asked for: a list of bookings asking for `state` costs no query.
}

/** What the room's rows say, beyond the booking: resolved by SessionResolver's field resolvers. */
export interface SessionRoomDetails {
  participants: SessionParticipant[];
  connectedSeconds: number;
  billedMinutes: number | null;
  endedAt: Date | null;
  endedBy: BookingParty | null;
  endReason: SessionEndReason | null;
  recordingAllowed: boolean;
}

@ObjectType({ description: 'A WebRTC signal from the other participant’s current connection.' })
export class SessionSignal {
  @Field(() => ID, { description: 'The sender’s stay in the room: a new one means they reloaded (start a new connection).' })
  fromConnectionId!: string;

  @Field(() => SignalKind, { description: 'What the payload carries.' })
  kind!: SignalKind;

  @Field(() => String, { description: 'JSON, as sent.' })
  payload!: string;
}

@ObjectType({ description: 'The viewer is in the room.' })
export class JoinSessionSuccess {
  @Field(() => SessionRoom, { description: 'The room, as the viewer now sees it.' })
  room!: SessionRoom;

  @Field(() => ID, { description: 'This stay in the room: send it with heartbeats and signals.' })
  connectionId!: string;
}

@ObjectType({ description: 'The session changed as asked.' })
export class SessionSuccess {
  @Field(() => SessionRoom, { description: 'The room after the change.' })
  room!: SessionRoom;
}

@ObjectType({ description: 'The message was posted.' })
export class SessionMessageSuccess {
  @Field(() => SessionMessage, { description: 'The message as stored.' })
  sessionMessage!: SessionMessage;
}

@ObjectType({ description: 'A recording was started: upload its chunks to `uploadUrl`.' })
export class RecordingSuccess {
  @Field(() => SessionRecording, { description: 'The new recording.' })
  recording!: SessionRecording;
}

@ObjectType({ implements: DomainError, description: 'The room is not open (not yet, or the booking is not confirmed).' })
export class SessionNotOpenError extends DomainError {
  override readonly code = ErrorCode.SESSION_NOT_OPEN;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it opens, if it will.' })
  opensAt!: Date | null;
}

@ObjectType({ implements: DomainError, description: 'The session has ended.' })
export class SessionEndedError extends DomainError {
  override readonly code = ErrorCode.SESSION_ENDED;
}

@ObjectType({ implements: DomainError, description: 'The other participant never joined, and it is too early to call it a no-show.' })
export class SessionNotStartedError extends DomainError {
  override readonly code = ErrorCode.SESSION_NOT_STARTED;

  @Field(() => GraphQLISODateTime, { description: 'From when an absent participant counts as a no-show.' })
  noShowAt!: Date;
}

@ObjectType({ implements: DomainError, description: 'Recording needs both participants’ consent and an open session.' })
export class RecordingNotAgreedError extends DomainError {
  override readonly code = ErrorCode.RECORDING_NOT_AGREED;
}

@InputType({ description: 'A WebRTC signal for the other participant.' })
export class SendSessionSignalInput {
  @Field(() => ID, { description: 'The booking whose session this is.' })
  bookingId!: string;

  @Field(() => ID, { description: 'The sender’s stay, from `joinSession`.' })
  connectionId!: string;

  @Field(() => SignalKind, { description: 'What the payload carries.' })
  kind!: SignalKind;

  @Field(() => String, { description: 'JSON, at most 64 kB.' })
  payload!: string;
}

@InputType({ description: 'A chat message for the session room.' })
export class SendSessionMessageInput {
  @Field(() => ID, { description: 'The booking whose session this is.' })
  bookingId!: string;

  @Field(() => String, { description: '1 to 2,000 characters, without contact details (refused with CONTACT_DETAILS).' })
  body!: string;
}

@InputType({ description: 'Start recording the session in this browser.' })
export class StartRecordingInput {
  @Field(() => ID, { description: 'The booking whose session this is.' })
  bookingId!: string;

  @Field(() => String, { description: 'What MediaRecorder produces, e.g. "video/webm;codecs=vp8,opus".' })
  mimeType!: string;
}

export const JoinSessionResult = createUnionType({
  name: 'JoinSessionResult',
  description: 'In the room, or why not.',
  types: () => [JoinSessionSuccess, SessionNotOpenError, SessionEndedError] as const,
});

export const EndSessionResult = createUnionType({
  name: 'EndSessionResult',
  description: 'The ended session, or why it cannot end now.',
  types: () => [SessionSuccess, SessionEndedError, SessionNotStartedError] as const,
});

export const SendSessionMessageResult = createUnionType({
  name: 'SendSessionMessageResult',
  description: 'The posted message, or why it was refused.',
  types: () => [SessionMessageSuccess, InvalidInputError, SessionEndedError, SessionNotOpenError] as const,
});

export const StartRecordingResult = createUnionType({
  name: 'StartRecordingResult',
  description: 'The new recording, or why recording cannot start.',
  types: () => [RecordingSuccess, InvalidInputError, RecordingNotAgreedError] as const,
});
