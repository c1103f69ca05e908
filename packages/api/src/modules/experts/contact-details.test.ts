import { describe, expect, it } from 'vitest';
import { findContactDetails } from './contact-details';

describe('contact details in profiles and offerings', () => {
  it.each([
    ['Appelez-moi au 06 12 34 56 78 pour un cours particulier.', ['PHONE']],
    ['Joignable au +33 6 12 34 56 78 le soir.', ['PHONE']],
    ['Call me at (415) 555-2671 after 5pm.', ['PHONE']],
    ['Ring 020 7946 0958 for lessons in London.', ['PHONE']],
    ['Écrivez-moi à jean.dupont@gmail.com, je réponds vite.', ['EMAIL']],
    ['Email me: guitar.teacher@outlook.com', ['EMAIL']],
    ['Write to jean (at) gmail (dot) com', ['EMAIL']],
    ['See my lessons on www.cours-de-guitare.fr', ['LINK']],
    ['Book directly at calendly.com/jean-guitare', ['LINK', 'MESSAGING']],
    ['More on https://example.io/about', ['LINK']],
    ['Contact me on WhatsApp for cheaper sessions', ['MESSAGING']],
    ['Contactez-moi sur Telegram', ['MESSAGING']],
  ])('finds them in “%s”', (text, kinds) => {
    expect(findContactDetails(text).sort()).toEqual([...kinds].sort());
  });

  it.each([
    'Professeur de guitare depuis 2004, plus de 150 élèves, cours de 45 minutes.',
    'I build apps with Node.js, Vue.js and ASP.NET, and teach Python 3.12.',
    'Ten years as a pastry chef in Lyon; I bake 3 to 4 times a week.',
    'Préparation au bac 2027 : maths, physique, méthodologie.',
    'Running 5k in 25:30? Let us get you to 22 minutes by June.',
  ])('leaves ordinary text alone: “%s”', (text) => {
    expect(findContactDetails(text)).toEqual([]);
  });
});
