import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { InvalidInputError } from '../../platform/graphql/domain-error';

export enum AvailabilityExceptionKind {
  DAY_OFF = 'DAY_OFF',
  EXTRA_HOURS = 'EXTRA_HOURS',
}
registerEnumType(AvailabilityExceptionKind, {
  name: 'AvailabilityExceptionKind',
  description: 'A date-specific change to the weekly schedule.',
  valuesConfig: {
    DAY_OFF: { description: 'Not available: the whole day, or between `start` and `end`.' },
    EXTRA_HOURS: { description: 'Available between `start` and `end`, on top of the weekly schedule.' },
  },
});

@ObjectType({ description: 'A weekly window of availability, in the expert’s time zone.' })
export class WeeklyWindow {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => String, { description: 'Local start time, "HH:mm".' })
  start!: string;

  @Field(() => String, { description: 'Local end time, "HH:mm" ("24:00" = midnight at the end of the day).' })
  end!: string;
}

@ObjectType({ description: 'A date-specific change, on a date of the expert’s time zone.' })
export class AvailabilityException {
  @Field(() => String, { description: 'The date, "YYYY-MM-DD".' })
  date!: string;

  @Field(() => AvailabilityExceptionKind, { description: 'Time off, or extra hours.' })
  kind!: AvailabilityExceptionKind;

  @Field(() => String, { nullable: true, description: 'Local start, "HH:mm"; null with `end` for a whole day off.' })
  start!: string | null;

  @Field(() => String, { nullable: true, description: 'Local end, "HH:mm".' })
  end!: string | null;
}

@ObjectType({ description: 'How and when an expert can be booked.' })
export class ExpertAvailability {
  @Field(() => String, { description: 'The IANA time zone the schedule is written in (the expert’s).' })
  timeZone!: string;

  @Field(() => [WeeklyWindow], { description: 'The weekly windows, by weekday and start.' })
  weekly!: WeeklyWindow[];

  @Field(() => [AvailabilityException], { description: 'Exceptions from today on.' })
  exceptions!: AvailabilityException[];

  @Field(() => Int, { description: 'Minutes kept free before each session.' })
  bufferBeforeMinutes!: number;

  @Field(() => Int, { description: 'Minutes kept free after each session.' })
  bufferAfterMinutes!: number;

  @Field(() => Int, { description: 'How long in advance a session must be booked, in minutes.' })
  minNoticeMinutes!: number;

  @Field(() => Int, { nullable: true, description: 'At most this many sessions per day (in the expert’s time zone); null = no cap.' })
  maxSessionsPerDay!: number | null;
}

@InputType({ description: 'A weekly window, in the expert’s time zone.' })
export class WeeklyWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => String, { description: '"HH:mm".' })
  start!: string;

  @Field(() => String, { description: '"HH:mm", after `start`; "24:00" for midnight.' })
  end!: string;
}

@InputType({ description: 'A date-specific change.' })
export class AvailabilityExceptionInput {
  @Field(() => String, { description: '"YYYY-MM-DD" in the expert’s time zone.' })
  date!: string;

  @Field(() => AvailabilityExceptionKind, { description: 'Time off, or extra hours.' })
  kind!: AvailabilityExceptionKind;

  @Field(() => String, { nullable: true, description: '"HH:mm"; leave both empty for a whole day off.' })
  start?: string | null;

  @Field(() => String, { nullable: true, description: '"HH:mm".' })
  end?: string | null;
}

@InputType({ description: 'The whole availability of the signed-in expert; replaces the previous one.' })
export class UpdateAvailabilityInput {
  @Field(() => String, { description: 'IANA time zone of the schedule (e.g. Europe/Paris).' })
  timeZone!: string;

  @Field(() => [WeeklyWindowInput], { description: 'Every weekly window; windows of one weekday may not overlap.' })
  weekly!: WeeklyWindowInput[];

  @Field(() => [AvailabilityExceptionInput], { description: 'Every date exception (past ones may be left out).' })
  exceptions!: AvailabilityExceptionInput[];

  @Field(() => Int, { description: 'Minutes kept free before each session (0 to 240).' })
  bufferBeforeMinutes!: number;

  @Field(() => Int, { description: 'Minutes kept free after each session (0 to 240).' })
  bufferAfterMinutes!: number;

  @Field(() => Int, { description: 'How long in advance a session must be booked, in minutes (up to 30 days).' })
  minNoticeMinutes!: number;

  @Field(() => Int, { nullable: true, description: 'At most this many sessions per day (1 to 48); empty for no cap.' })
  maxSessionsPerDay?: number | null;
}

@ObjectType({ description: 'The availability, after the change.' })
export class AvailabilitySuccess {
  @Field(() => ExpertAvailability, { description: 'The availability as saved.' })
  availability!: ExpertAvailability;
}

export const UpdateAvailabilityResult = createUnionType({
  name: 'UpdateAvailabilityResult',
  description: 'Outcome of saving availability.',
  types: () => [AvailabilitySuccess, InvalidInputError] as const,
});

@ObjectType({ description: 'A bookable slot.' })
export class Slot {
  @Field(() => GraphQLISODateTime, { description: 'When the session would start (UTC).' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it would end (UTC).' })
  endsAt!: Date;

  @Field(() => String, { description: 'Start time in the asked time zone, "HH:mm".' })
  localTime!: string;
}

@ObjectType({ description: 'The slots of one day, in the asked time zone.' })
export class SlotDay {
  @Field(() => String, { description: '"YYYY-MM-DD" in the asked time zone.' })
  date!: string;

  @Field(() => [Slot], { description: 'The slots of the day, in order.' })
  slots!: Slot[];
}

@ObjectType({ description: 'Bookable slots of an offering over a range of days, in the viewer’s time zone.' })
export class BookableSlots {
  @Field(() => String, { description: 'The time zone days and local times are given in.' })
  timeZone!: string;

  @Field(() => String, { description: 'The expert’s time zone.' })
  expertTimeZone!: string;

  @Field(() => Int, { description: 'The length of a session, in minutes.' })
  durationMinutes!: number;

  @Field(() => ID, { description: 'The expert giving the offering (to follow changes live: `expertSlotsChanged`).' })
  expertId!: string;

  @Field(() => [SlotDay], { description: 'Days with at least one slot, in order.' })
  days!: SlotDay[];
}

export enum SlotsChangeReason {
  SCHEDULE = 'SCHEDULE',
  BOOKINGS = 'BOOKINGS',
}
registerEnumType(SlotsChangeReason, {
  name: 'SlotsChangeReason',
  description: 'Why an expert’s bookable slots changed.',
  valuesConfig: {
    SCHEDULE: { description: 'The expert edited their availability (hours, exceptions, buffers, notice, cap).' },
    BOOKINGS: { description: 'A booking took or gave back time (booked, moved, cancelled, hold expired).' },
  },
});

@ObjectType({ description: 'An expert’s bookable slots changed: refetch `bookableSlots` for their offerings.' })
export class ExpertSlotsEvent {
  @Field(() => ID, { description: 'The expert whose slots changed.' })
  expertId!: string;

  @Field(() => SlotsChangeReason, { description: 'What changed them.' })
  reason!: SlotsChangeReason;
}

@ObjectType({ description: 'An expert’s "available now" state changed.' })
export class ExpertPresenceEvent {
  @Field(() => ID, { description: 'The expert whose state changed.' })
  expertId!: string;

  @Field(() => Boolean, { description: 'Whether the expert can take a request now.' })
  availableNow!: boolean;
}

@ObjectType({ description: 'The signed-in expert’s "available now" switch and its effect.' })
export class MyPresence {
  @Field(() => Boolean, { description: 'The switch, as the expert set it.' })
  switchedOn!: boolean;

  @Field(() => Boolean, { description: 'What users see: the switch is on and the expert’s console is connected.' })
  availableNow!: boolean;
}

@InputType({ description: 'Turn "available now" on or off.' })
export class SetAvailableNowInput {
  @Field(() => Boolean, { description: 'On or off.' })
  available!: boolean;
}
