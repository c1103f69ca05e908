import { describe, expect, it } from 'vitest';
import { findContactDetails } from './contact-details';

describe('the contact-details filter', () => {
  it.each([
    // Plain forms, both languages.
    ['Appelez-moi au 06 12 34 56 78 pour un cours particulier.', ['PHONE']],
    ['Joignable au +33 6 12 34 56 78 le soir.', ['PHONE']],
    ['Mon numéro : 06.12.34.56.78', ['PHONE']],
    ['Call me at (415) 555-2671 after 5pm.', ['PHONE']],
    ['Ring 020 7946 0958 for lessons in London.', ['PHONE']],
    ['Écrivez-moi à jean.dupont@gmail.com, je réponds vite.', ['EMAIL']],
    ['Great help, write me at walker@example.com', ['EMAIL']],
    ['See my lessons on www.cours-de-guitare.fr', ['LINK']],
    ['More on https://example.io/about', ['LINK']],
    ['Book directly at calendly.com/jean-guitare', ['LINK', 'MESSAGING']],
    // Obfuscated email addresses.
    ['Write to jean.dupont @ gmail . com', ['EMAIL']],
    ['Écrivez à jean.dupont＠gmail．com', ['EMAIL']],
    ['jean.dupont[@]gmail.com', ['EMAIL']],
    ['Write to jean (at) gmail (dot) com', ['EMAIL']],
    ['jean dot dupont at gmail dot com', ['EMAIL']],
    ['write me at walker dot dev', ['EMAIL']],
    ['Écrivez-moi : jean chez free point fr', ['EMAIL']],
    ['jean arobase orange point fr', ['EMAIL']],
    ['w a l k e r @ g m a i l . c o m', ['EMAIL']],
    ['Mail: wаlker@gmаil.com (Cyrillic a)', ['EMAIL']],
    ['ｗａｌｋｅｒ＠ｇｍａｉｌ．ｃｏｍ', ['EMAIL']],
    // Obfuscated phone numbers.
    ['Appelez le O6 l2 34 56 78', ['PHONE']],
    ['0 6 1 2 3 4 5 6 7 8', ['PHONE']],
    ['Call zero six twelve thirty-four fifty-six seventy-eight', ['PHONE']],
    ['zéro six douze trente-quatre cinquante-six soixante-dix-huit', ['PHONE']],
    ['Mon portable : zéro six, quatre-vingt-douze, trente et un, cinquante-six, dix-sept', ['PHONE']],
    ['０６ １２ ３４ ５６ ７８', ['PHONE']],
    // Links, bare domains, messaging apps and social handles.
    ['See walker.dev for more', ['LINK']],
    ['Écrivez-moi sur wa.me/33612345678', ['LINK', 'MESSAGING', 'PHONE']],
    ['Join t.me/walkerguitar', ['LINK', 'MESSAGING']],
    ['insta: @walker', ['MESSAGING']],
    ['Insta : walker_guitar', ['MESSAGING']],
    ['ping me @walker_guitar', ['MESSAGING']],
    ['Retrouvez-moi sur Instagram pour la suite', ['MESSAGING']],
    ['Contact me on WhatsApp for cheaper sessions', ['MESSAGING']],
    ['Contactez-moi sur Telegram', ['MESSAGING']],
    ['Add me: w h a t s a p p', ['MESSAGING']],
  ])('refuses “%s”', (text, kinds) => {
    expect(findContactDetails(text).sort()).toEqual([...kinds].sort());
  });

  it.each([
    // Prices, dates, times, durations, years.
    'The session cost 45 € and the next one $1,200.50 for the whole course.',
    'Le prix : 45,50 € la séance de 60 min, ou 1 200 € le trimestre.',
    'Booked on 12/03/2026 at 14:30, then on 3 March 2026 at 9 am.',
    'Séance du 12 03 2026 à 18h30, puis le 3 mars 2026 à 9 h.',
    'She answered at 10:15, 11:45 and 16:00; it took 90 minutes.',
    'Professeur de guitare depuis 2004, plus de 150 élèves, cours de 45 minutes.',
    'Préparation au bac 2027 : maths, physique, méthodologie.',
    'Running 5k in 25:30? Let us get you to 22 minutes by June.',
    // Prose using "at", "dot", "point", "chez".
    'Meet at the point of no return, then at the end of the lesson.',
    'From my point of view, the part at the end was the best.',
    'Rendez-vous chez moi, point final.',
    'Le point de départ était clair ; du point de vue technique, parfait.',
    'Il m’a aidé à 9 h à comprendre le point clé.',
    'I studied at school. Info was clear and the dot product too.',
    'I work at Google now, thanks to him.',
    'Meet @ 9am at the café.',
    // Technology, versions, math, numbers in words.
    'I build apps with Node.js, Vue.js and ASP.NET, and teach Python 3.12.',
    'Release 1.2.3 of the app is out; x = 3 * 4 + 12 / 6.',
    'Ten years as a pastry chef in Lyon; I bake 3 to 4 times a week.',
    'One-on-one lessons, two or three times a week, for twenty minutes.',
    'Un cours, deux exercices, trois conseils, vingt-deux ans d’expérience.',
    'Rated 4.5/5 by 120 students; chapter 3, page 45, exercise 12.',
    // Social networks named without a way to reach anyone.
    'I learned Instagram marketing and LinkedIn profiles with her.',
    'Option (a) or option (b)? She explained both.',
    // Lists of figures and counting are not phone numbers.
    'I scored 40701 points, then 69849; my postcode is 75011.',
    'Numbers: 3, 14, 15, 92, 65, the digits of pi.',
    'Un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix : on compte les temps.',
    'one two three four, one two three four, keep the rhythm',
  ])('accepts “%s”', (text) => {
    expect(findContactDetails(text)).toEqual([]);
  });
});
