import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import fr from '../locales/fr.json';
import { elide, registerElision } from './elision';

describe('French elision before a name', () => {
  it.each([
    ['de', 'Élodie', 'd’Élodie'],
    ['de', 'Anne', 'd’Anne'],
    ['de', 'Œdipe', 'd’Œdipe'],
    ['de', 'Hugo', 'd’Hugo'],
    ['de', 'Yves', 'd’Yves'],
    ['de', 'Yannick', 'de Yannick'],
    ['de', 'Marc', 'de Marc'],
    ['de', 'émile', 'd’émile'],
    ['que', 'Isabelle', 'qu’Isabelle'],
    ['le', 'Ulysse', 'l’Ulysse'],
    ['le', 'Nil', 'le Nil'],
  ] as const)('%s + %s → %s', (word, name, expected) => {
    expect(elide(word, name)).toBe(expected);
  });

  it('is applied by the French strings: "À propos d’Élodie", not "À propos de Élodie"', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'fr', resources: { fr: { translation: fr } }, interpolation: { escapeValue: false } });
    registerElision(i18n);
    expect(i18n.t('expert.about', { name: 'Élodie' })).toBe('À propos d’Élodie');
    expect(i18n.t('expert.about', { name: 'Marc' })).toBe('À propos de Marc');
    expect(i18n.t('reviews.replyFrom', { name: 'Hélène' })).toBe('Réponse d’Hélène');
    expect(i18n.t('room.call.waiting', { name: 'Bo' })).toBe('En attente de Bo…');
  });

  it('leaves no French string with de, le or que written before a name by hand', () => {
    // Numbers, dates and amounts never elide ("de 5 à 10", "le 3 mai"): only those may follow the word as is.
    const notNames = new Set(['date', 'min', 'max', 'amount', 'minutes', 'day', 'startsAt', 'opensAt', 'count', 'percent', 'time', 'when']);
    const offenders: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') {
        for (const m of node.matchAll(/(?:^|[\s’'(«“])(?:de|le|que|De|Le|Que) [«“]?\{\{\s*(\w+)[^}]*\}\}/g))
          if (!notNames.has(m[1]!)) offenders.push(`${path}: ${node}`);
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
      }
    };
    walk(fr, '');
    expect(offenders).toEqual([]);
  });
});
