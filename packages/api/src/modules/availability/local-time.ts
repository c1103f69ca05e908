/** "HH:mm" wall-clock times of the schedule editor, as minutes since local midnight ("24:00" = 1440). */
export const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function minutesOfClock(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours! * 60 + minutes!;
}

export function clockOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
