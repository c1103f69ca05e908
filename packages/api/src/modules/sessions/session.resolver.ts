import { liveEvents } from '../../platform/graphql/live-events';
import { Arg, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { SignedIn } from '../../platform/graphql/access';
import { Booking, BookingParty } from '../bookings/booking.types';
import { iceServersFor } from './ice-servers';
import { deleteRecording, finishRecording, recordingsOfBooking, setRecordingConsent, startRecording } from './recording.service';
import { messageFor, roomMessages, sendMessage } from './session-chat.service';
import { messagesTopic, roomTopic } from './session.events';
import { roomDetails, sessionRoom, sessionRoomOf } from './session-room';
import { seatOf } from './session-seat';
import { endSession, heartbeat, joinSession, leaveSession } from './session.service';
import { sendSignal, signalFor, signalsTopicFor } from './signalling.service';
import {
  EndSessionResult,
  IceServer,
  JoinSessionResult,
  SendSessionMessageInput,
  SendSessionMessageResult,
  SendSessionSignalInput,
  SessionMessage,
  SessionEndReason,
  SessionParticipant,
  SessionRecording,
  SessionRoom,
  SessionSignal,
  StartRecordingInput,
  StartRecordingResult,
} from './session.types';

const notFound = () => new AppError('NOT_FOUND', 'No such session.');

/** Subscribes a participant of the booking (anyone else gets NOT_FOUND and nothing). */
async function participantTopic(context: unknown, bookingId: string, topic: (bookingId: string) => string) {
  const ctx = context as Context;
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  if (!(await seatOf(ctx, bookingId))) throw notFound();
  return liveEvents(ctx, topic(bookingId));
}

@Resolver(() => SessionRoom)
export class SessionResolver {
  @SignedIn()
  @Query(() => SessionRoom, { nullable: true, description: 'The live session of a booking, for its two participants.' })
  sessionRoom(@Arg('bookingId', () => ID) bookingId: string, @Ctx() ctx: SignedInContext) {
    return sessionRoom(ctx, bookingId);
  }

  @SignedIn()
  @Mutation(() => JoinSessionResult, { description: 'Enter the room (again after a reload: the new stay replaces the earlier one).' })
  async joinSession(@Arg('bookingId', () => ID) bookingId: string, @Ctx() ctx: SignedInContext) {
    return (await joinSession(ctx, bookingId)) ?? Promise.reject(notFound());
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Say the room page is still there, every 10 seconds; false when this stay is over (join again).',
  })
  sessionHeartbeat(
    @Arg('bookingId', () => ID) bookingId: string,
    @Arg('connectionId', () => ID) connectionId: string,
    @Ctx() ctx: SignedInContext,
  ) {
    return heartbeat(ctx, bookingId, connectionId);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Leave the room without ending the session (the other participant may wait for a return).' })
  leaveSession(
    @Arg('bookingId', () => ID) bookingId: string,
    @Arg('connectionId', () => ID) connectionId: string,
    @Ctx() ctx: SignedInContext,
  ) {
    return leaveSession(ctx, bookingId, connectionId);
  }

  @SignedIn()
  @Mutation(() => EndSessionResult, {
    description: 'End the session for both: the booking is completed and a per-minute session is billed for the connected time.',
  })
  async endSession(@Arg('bookingId', () => ID) bookingId: string, @Ctx() ctx: SignedInContext) {
    return (await endSession(ctx, bookingId)) ?? Promise.reject(notFound());
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Send a WebRTC signal to the other participant; false when this stay is not live or the room is closed.',
  })
  sendSessionSignal(@Arg('input', () => SendSessionSignalInput) input: SendSessionSignalInput, @Ctx() ctx: SignedInContext) {
    return sendSignal(ctx, input);
  }

  @SignedIn()
  @Mutation(() => SendSessionMessageResult, { description: 'Post a chat message in the room.' })
  async sendSessionMessage(@Arg('input', () => SendSessionMessageInput) input: SendSessionMessageInput, @Ctx() ctx: SignedInContext) {
    return (await sendMessage(ctx, input)) ?? Promise.reject(notFound());
  }

  @SignedIn()
  @Mutation(() => SessionRoom, { description: 'Agree to record the session, or withdraw (which stops a recording under way).' })
  async setRecordingConsent(
    @Arg('bookingId', () => ID) bookingId: string,
    @Arg('consent', () => Boolean) consent: boolean,
    @Ctx() ctx: SignedInContext,
  ) {
    return (await setRecordingConsent(ctx, bookingId, consent)) ?? Promise.reject(notFound());
  }

  @SignedIn()
  @Mutation(() => StartRecordingResult, {
    description: 'Start a recording in this browser, once both participants agree; then upload its chunks.',
  })
  async startRecording(@Arg('input', () => StartRecordingInput) input: StartRecordingInput, @Ctx() ctx: SignedInContext) {
    return (await startRecording(ctx, input)) ?? Promise.reject(notFound());
  }

  @SignedIn()
  @Mutation(() => SessionRecording, { description: 'The recording browser uploaded its last chunk: seal the recording for playback.' })
  async finishRecording(@Arg('recordingId', () => ID) recordingId: string, @Ctx() ctx: SignedInContext) {
    return (await finishRecording(ctx, recordingId)) ?? Promise.reject(new AppError('NOT_FOUND', 'No such recording.'));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Delete a recording, for both participants; true if it existed.' })
  deleteSessionRecording(@Arg('recordingId', () => ID) recordingId: string, @Ctx() ctx: SignedInContext) {
    return deleteRecording(ctx, recordingId);
  }

  @SignedIn()
  @Subscription(() => SessionSignal, {
    description: 'Signals from the other participant’s current connection.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const topic = await signalsTopicFor(ctx, (args as { bookingId: string }).bookingId);
      if (!topic) throw notFound();
      return liveEvents(ctx, topic);
    },
  })
  async sessionSignals(
    @Arg('bookingId', () => ID) bookingId: string,
    @Root() event: { signalId: number },
    @Ctx() ctx: SignedInContext,
  ): Promise<SessionSignal> {
    const seat = await seatOf(ctx, bookingId);
    const signal = await signalFor(ctx, event.signalId, seat?.party ?? null);
    if (!signal) throw notFound();
    return signal;
  }

  @SignedIn()
  @Subscription(() => SessionRoom, {
    description: 'The room, each time it changes (joins, departures, consent, recordings, the end).',
    subscribe: ({ args, context }) => participantTopic(context, (args as { bookingId: string }).bookingId, roomTopic),
  })
  async sessionRoomChanged(@Arg('bookingId', () => ID) bookingId: string, @Ctx() ctx: SignedInContext): Promise<SessionRoom> {
    return (await sessionRoom(ctx, bookingId)) ?? Promise.reject(notFound());
  }

  @SignedIn()
  @Subscription(() => SessionMessage, {
    description: 'Chat messages posted in the room.',
    subscribe: ({ args, context }) => participantTopic(context, (args as { bookingId: string }).bookingId, messagesTopic),
  })
  async sessionMessageAdded(
    @Arg('bookingId', () => ID) bookingId: string,
    @Root() event: { messageId: string },
    @Ctx() ctx: SignedInContext,
  ): Promise<SessionMessage> {
    return (await messageFor(ctx, bookingId, event.messageId)) ?? Promise.reject(notFound());
  }

  @FieldResolver(() => [SessionParticipant], { description: 'The user and the expert.' })
  async participants(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return (await roomDetails(ctx, room)).participants;
  }

  @FieldResolver(() => Int, { description: 'Seconds both participants have been connected at once (final once ended).' })
  async connectedSeconds(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return (await roomDetails(ctx, room)).connectedSeconds;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'For per-minute sessions: the minutes billed for `connectedSeconds` (rounded up).',
  })
  async billedMinutes(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return (await roomDetails(ctx, room)).billedMinutes;
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the session ended (null while it has not).' })
  async endedAt(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return (await roomDetails(ctx, room)).endedAt;
  }

  @FieldResolver(() => BookingParty, { nullable: true, description: 'Who ended it (SYSTEM: the maximum duration or a no-show).' })
  async endedBy(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return (await roomDetails(ctx, room)).endedBy;
  }

  @FieldResolver(() => SessionEndReason, { nullable: true, description: 'How it ended (null while it has not).' })
  async endReason(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return (await roomDetails(ctx, room)).endReason;
  }

  @FieldResolver(() => Boolean, { description: 'Whether both participants agree to record: then either may start a recording.' })
  async recordingAllowed(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return (await roomDetails(ctx, room)).recordingAllowed;
  }

  @FieldResolver(() => [IceServer], { description: 'STUN and TURN servers for this viewer (TURN credentials are short-lived).' })
  iceServers(@Ctx() ctx: SignedInContext) {
    return iceServersFor(ctx.config.ice, ctx.viewer.userId, ctx.clock.now());
  }

  @FieldResolver(() => [SessionMessage], { description: 'The latest 200 chat messages, oldest first.' })
  messages(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return roomMessages(ctx, room.bookingId);
  }

  @FieldResolver(() => [SessionRecording], { description: 'Recordings of this session, oldest first.' })
  recordings(@Root() room: SessionRoom, @Ctx() ctx: Context) {
    return recordingsOfBooking(ctx, room.bookingId);
  }
}

@Resolver(() => Booking)
export class BookingSessionResolver {
  @FieldResolver(() => SessionRoom, {
    nullable: true,
    description: 'The booking’s live session, for its two participants (null for anyone else).',
  })
  session(@Root() booking: Booking, @Ctx() ctx: Context) {
    return sessionRoomOf(ctx, booking);
  }
}
