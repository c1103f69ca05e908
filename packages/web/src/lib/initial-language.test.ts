import { describe, expect, it } from 'vitest';
import { initialLanguage } from './initial-language';

const languages = ['en', 'fr'] as const;

describe('the language a page opens in', () => {
  it.each([
    { saved: 'fr', browser: ['en-US'], opens: 'fr', why: 'the choice saved on this device wins' },
    { saved: null, browser: ['fr-FR', 'en'], opens: 'fr', why: 'a regional French is French' },
    { saved: null, browser: ['de-DE', 'fr-CA', 'en'], opens: 'fr', why: 'the first language the interface speaks' },
    { saved: null, browser: ['FR'], opens: 'fr', why: 'tags are case-insensitive' },
    { saved: null, browser: ['de', 'es'], opens: 'en', why: 'none spoken: English' },
    { saved: null, browser: [], opens: 'en', why: 'no browser language: English' },
    { saved: 'de', browser: ['fr'], opens: 'fr', why: 'a saved value the interface does not speak is ignored' },
  ])('$why', ({ saved, browser, opens }) => {
    expect(initialLanguage(languages, saved, browser, 'en')).toBe(opens);
  });
});
