import type { PickedSlot } from './SlotPicker';

/**
 * The chosen slot in the offering page's URL, `?slot=<start>/<end>` (an ISO 8601 interval), so it survives signing in
 * or up (their `next` carries the whole URL), a reload and a shared link. The API still decides whether it can be
 * booked: a slot gone meanwhile is refused with a typed error when confirmed.
 */
export function slotParam(slot: PickedSlot): string {
  return `${slot.startsAt}/${slot.endsAt}`;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The slot a `?slot=` value names, or null when it is missing or not a start before an end. */
export function parseSlotParam(value: string | null): PickedSlot | null {
  const [startsAt, endsAt, ...rest] = (value ?? '').split('/');
  if (!startsAt || !endsAt || rest.length > 0 || !isoInstant.test(startsAt) || !isoInstant.test(endsAt)) return null;
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return null;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() };
}
