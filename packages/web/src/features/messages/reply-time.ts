/**
 * An expert's typical reply time (the API's median over 90 days, in minutes; null under 5 conversations) as people
 * say it: within an hour, a few hours, a day, a few days. Rounded up to the bucket, never promising faster.
 */
export type ReplyTimeBucket = 'hour' | 'hours' | 'day' | 'days';

export function replyTimeBucket(minutes: number): ReplyTimeBucket {
  if (minutes <= 60) return 'hour';
  if (minutes <= 6 * 60) return 'hours';
  if (minutes <= 24 * 60) return 'day';
  return 'days';
}
