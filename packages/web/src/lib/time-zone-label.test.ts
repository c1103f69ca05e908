import { describe, expect, it } from 'vitest';
import { timeZoneLabel } from './format';

describe('time zones as people read them', () => {
  it('names a zone by its city and its name in the language shown', () => {
    expect(timeZoneLabel('America/New_York', 'en')).toBe('New York, Eastern Time');
    expect(timeZoneLabel('Europe/Paris', 'fr')).toBe('Paris, heure d’Europe centrale');
  });

  it('keeps the id where the zone has no name of its own, or is unknown', () => {
    expect(timeZoneLabel('UTC', 'en')).toBe('UTC');
    expect(timeZoneLabel('Mars/Olympus_Mons', 'en')).toBe('Mars/Olympus_Mons');
  });
});
