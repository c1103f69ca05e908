/** Les mots français de chaque notification push (voir `push-strings.en.ts`). */
import type { PushStrings } from './push-strings.en';

export const pushFr: PushStrings = {
  helpNow: {
    title: 'Quelqu’un a besoin d’aide maintenant',
    body: '« {{offering}} » : répondez dans la minute.',
    accept: 'Accepter',
    decline: 'Refuser',
  },
  bookingConfirmed: { title: 'Réservation confirmée', body: '« {{offering}} », {{when}}.' },
  bookingRescheduled: { title: 'Réservation déplacée', body: '« {{offering}} » a lieu désormais {{when}}.' },
  bookingCancelled: { title: 'Réservation annulée', body: '« {{offering}} », {{when}}, n’aura pas lieu.' },
  reminder: { title: 'Votre session commence dans 15 minutes', body: '« {{offering}} » : touchez pour rejoindre la salle.' },
  message: { title: 'Nouveau message', body: 'Vous avez un nouveau message à propos de « {{offering}} ».' },
  payout: { title: 'Virement envoyé', body: '{{amount}} est en route vers votre compte bancaire.' },
};
