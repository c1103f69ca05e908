/** Devices get a name people recognise in their list, whichever language the page was in when they were added. */
import { expect, it } from 'vitest';
import { deviceLabel } from './push-subscription';

it('names a device by its browser and system', () => {
  expect(
    deviceLabel('Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'),
  ).toBe('Chrome · Android');
  expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox · Windows');
  expect(
    deviceLabel(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    ),
  ).toBe('Safari · iOS');
  expect(deviceLabel('')).toBeNull();
});
