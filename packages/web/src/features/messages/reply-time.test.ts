import { expect, it } from 'vitest';
import { replyTimeBucket } from './reply-time';

it('says the typical reply time in buckets, never faster than the median', () => {
  expect(replyTimeBucket(12)).toBe('hour');
  expect(replyTimeBucket(60)).toBe('hour');
  expect(replyTimeBucket(61)).toBe('hours');
  expect(replyTimeBucket(6 * 60)).toBe('hours');
  expect(replyTimeBucket(6 * 60 + 1)).toBe('day');
  expect(replyTimeBucket(24 * 60 + 1)).toBe('days');
});
