/** Email texts in every UI language, through i18next like the SPA. */
import i18next from 'i18next';
import type { Locale } from '../identity/identity.policy';

const resources = {
  en: {
    mail: {
      welcome: {
        subject: 'Welcome to Skillcall, {{name}}',
        text: 'Hello {{name}},\n\nYour Skillcall account is ready. Find an expert and get live help: {{url}}\n\nThe Skillcall team',
      },
      passwordReset: {
        subject: 'Reset your Skillcall password',
        text: 'Hello {{name}},\n\nSomeone asked to reset the password of your Skillcall account. To choose a new one, open this link within {{minutes}} minutes:\n\n{{url}}\n\nIf it was not you, ignore this email: your password stays as it is.\n\nThe Skillcall team',
      },
      passwordChanged: {
        subject: 'Your Skillcall password was changed',
        text: 'Hello {{name}},\n\nThe password of your Skillcall account was changed on {{when}}, and your other sessions were signed out.\n\nIf it was not you, choose a new password at once:\n\n{{url}}\n\nThe Skillcall team',
      },
      applicationApproved: {
        subject: 'You are now a Skillcall expert',
        text: 'Hello {{name}},\n\nYour expert application was approved: your profile and offerings are public.{{reason}}\n\nSee your public profile: {{url}}\n\nThe Skillcall team',
      },
      applicationRejected: {
        subject: 'Your Skillcall expert application',
        text: 'Hello {{name}},\n\nWe could not approve your expert application. The reviewer wrote:\n\n{{reason}}\n\nYou may apply again: {{url}}\n\nThe Skillcall team',
      },
      bookingConfirmed: {
        subject: 'Booked: {{title}}, {{when}}',
        text: 'Hello {{name}},\n\nYour session "{{title}}" with {{other}} is confirmed for {{when}} ({{zone}}).\nThe attached file adds it to your calendar.\n\nDetails, cancellation and rescheduling: {{url}}\n\nThe Skillcall team',
      },
      bookingPendingPayment: {
        subject: 'Slot held: {{title}}, {{when}}',
        text: 'Hello {{name}},\n\nThe slot {{when}} ({{zone}}) for "{{title}}" with {{other}} is held for 15 minutes while payment completes.\n\n{{url}}\n\nThe Skillcall team',
      },
      bookingRescheduled: {
        subject: 'Moved: {{title}}, now {{when}}',
        text: 'Hello {{name}},\n\nYour session "{{title}}" with {{other}} now takes place {{when}} ({{zone}}).\nThe attached file updates your calendar.\n\n{{url}}\n\nThe Skillcall team',
      },
      bookingCancelled: {
        subject: 'Cancelled: {{title}}, {{when}}',
        text: 'Hello {{name}},\n\nThe session "{{title}}" with {{other}} planned for {{when}} ({{zone}}) was cancelled.\n{{refund}}\nThe attached file removes it from your calendar.\n\n{{url}}\n\nThe Skillcall team',
      },
      bookingExpired: {
        subject: 'Slot released: {{title}}, {{when}}',
        text: 'Hello {{name}},\n\nPayment for "{{title}}" with {{other}} on {{when}} ({{zone}}) did not arrive within 15 minutes, so the slot was released.\n\n{{url}}\n\nThe Skillcall team',
      },
      bookingReminder: {
        subject: 'Reminder: {{title}} {{soon}}',
        text: 'Hello {{name}},\n\nYour session "{{title}}" with {{other}} starts {{soon}}: {{when}} ({{zone}}).\n\nJoin from here: {{url}}\n\nThe Skillcall team',
      },
      applicationChangesRequested: {
        subject: 'Changes requested on your Skillcall expert application',
        text: 'Hello {{name}},\n\nThe reviewer asks for changes before approving your application:\n\n{{reason}}\n\nEdit and resubmit it here: {{url}}\n\nThe Skillcall team',
      },
      paymentReceipt: {
        subject: 'Receipt: {{title}}, {{amount}}',
        text: 'Hello {{name}},\n\nThank you for your payment of {{amount}} for "{{title}}" with {{other}} ({{when}}, {{zone}}).\n{{offline}}Your receipt is attached; it is also on the booking page:\n\n{{url}}{{guarantee}}\n\nThe Skillcall team',
      },
      refundRequested: {
        subject: 'Refund asked: {{title}}, {{when}}',
        text: 'Hello {{name}},\n\n{{other}} was not satisfied with the session "{{title}}" ({{when}}, {{zone}}) and asked for a refund under the satisfaction guarantee:\n\n{{reason}}\n\n{{status}}\nYou can answer on the booking page: {{url}}\n\nThe Skillcall team',
      },
      refundGranted: {
        subject: 'Refund granted: {{title}}',
        text: 'Hello {{name}},\n\nYour refund for the session "{{title}}" with {{other}} is granted: the full amount goes back to your payment method (usually within 5 to 10 days).\n{{note}}\n{{url}}\n\nThe Skillcall team',
      },
      refundDeclined: {
        subject: 'Refund declined: {{title}}',
        text: 'Hello {{name}},\n\nAfter review, your refund request for the session "{{title}}" with {{other}} was declined.\n{{note}}\n{{url}}\n\nThe Skillcall team',
      },
      dataExportReady: {
        subject: 'Your Skillcall data is ready to download',
        text: 'Hello {{name}},\n\nThe copy of your data you asked for is ready. Download it from your account page until {{until}} ({{zone}}); after that it is deleted and you can ask for a new one.\n\n{{url}}\n\nIf you did not ask for it, change your password.\n\nThe Skillcall team',
      },
      welcomeConfirmEmail: {
        subject: 'Welcome to Skillcall, {{name}}: confirm your email address',
        text: 'Hello {{name}},\n\nYour Skillcall account is ready. Confirm that this address is yours by opening this link within {{hours}} hours:\n\n{{url}}\n\nUntil then you can look around and search; booking, paying and applying as an expert wait for it.\n\nIf you did not sign up, ignore this email.\n\nThe Skillcall team',
      },
      confirmEmail: {
        subject: 'Confirm your Skillcall email address',
        text: 'Hello {{name}},\n\nConfirm that this address is yours by opening this link within {{hours}} hours:\n\n{{url}}\n\nIf you did not ask for it, ignore this email.\n\nThe Skillcall team',
      },
      emailChangeConfirm: {
        subject: 'Confirm your new Skillcall email address',
        text: 'Hello {{name}},\n\nYou asked to use this address for your Skillcall account. Confirm it by opening this link within {{hours}} hours:\n\n{{url}}\n\nYour account keeps its current address until then. If you did not ask for it, ignore this email.\n\nThe Skillcall team',
      },
      emailChangeRequested: {
        subject: 'A change of your Skillcall email address was asked',
        text: 'Hello {{name}},\n\nOn {{when}}, someone signed in to your Skillcall account asked to move it to {{newEmail}}. Nothing changes until that address is confirmed.\n\nIf it was not you, change your password at once:\n\n{{url}}\n\nThe Skillcall team',
      },
      emailChanged: {
        subject: 'Your Skillcall email address was changed',
        text: 'Hello {{name}},\n\nOn {{when}}, your Skillcall account moved to the address {{newEmail}}: this address no longer receives its mail.\n\nIf it was not you, write to the Skillcall team at once.\n\nThe Skillcall team',
      },
    },
    phrases: {
      refund: 'Refund: {{percent}}% of what was paid.',
      tomorrow: 'tomorrow',
      offlinePayment: 'This Skillcall uses the offline payment provider: no real money moved.',
      refundGrantedAtOnce: 'Under the guarantee the refund was granted at once. Your answer is kept with the request.',
      refundUnderReview: 'An admin reviews this request before any refund.',
      inFifteenMinutes: 'in 15 minutes',
      deletedUser: 'a deleted user',
      reviewerNote: '\n\nThe reviewer wrote: {{note}}',
      guaranteeOffer: 'Not satisfied? Within 72 hours after the session you can ask for a full refund there.',
    },
  },
  fr: {
    mail: {
      welcome: {
        subject: 'Bienvenue sur Skillcall, {{name}}',
        text: 'Bonjour {{name}},\n\nVotre compte Skillcall est prêt. Trouvez un expert et obtenez de l’aide en direct : {{url}}\n\nL’équipe Skillcall',
      },
      passwordReset: {
        subject: 'Réinitialisez votre mot de passe Skillcall',
        text: 'Bonjour {{name}},\n\nQuelqu’un a demandé la réinitialisation du mot de passe de votre compte Skillcall. Pour en choisir un nouveau, ouvrez ce lien dans les {{minutes}} minutes :\n\n{{url}}\n\nSi ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.\n\nL’équipe Skillcall',
      },
      passwordChanged: {
        subject: 'Le mot de passe de votre compte Skillcall a changé',
        text: 'Bonjour {{name}},\n\nLe mot de passe de votre compte Skillcall a été changé le {{when}}, et vos autres sessions ont été déconnectées.\n\nSi ce n’était pas vous, choisissez tout de suite un nouveau mot de passe :\n\n{{url}}\n\nL’équipe Skillcall',
      },
      applicationApproved: {
        subject: 'Vous êtes désormais expert Skillcall',
        text: 'Bonjour {{name}},\n\nVotre candidature d’expert a été approuvée : votre profil et vos prestations sont publics.{{reason}}\n\nVoyez votre profil public : {{url}}\n\nL’équipe Skillcall',
      },
      applicationRejected: {
        subject: 'Votre candidature d’expert Skillcall',
        text: 'Bonjour {{name}},\n\nNous n’avons pas pu approuver votre candidature d’expert. Le modérateur a écrit :\n\n{{reason}}\n\nVous pouvez postuler à nouveau : {{url}}\n\nL’équipe Skillcall',
      },
      bookingConfirmed: {
        subject: 'Réservé : {{title}}, {{when}}',
        text: 'Bonjour {{name}},\n\nVotre session « {{title}} » avec {{other}} est confirmée pour le {{when}} ({{zone}}).\nLe fichier joint l’ajoute à votre agenda.\n\nDétails, annulation et report : {{url}}\n\nL’équipe Skillcall',
      },
      bookingPendingPayment: {
        subject: 'Créneau retenu : {{title}}, {{when}}',
        text: 'Bonjour {{name}},\n\nLe créneau du {{when}} ({{zone}}) pour « {{title}} » avec {{other}} est retenu 15 minutes, le temps du paiement.\n\n{{url}}\n\nL’équipe Skillcall',
      },
      bookingRescheduled: {
        subject: 'Déplacé : {{title}}, désormais le {{when}}',
        text: 'Bonjour {{name}},\n\nVotre session « {{title}} » avec {{other}} a désormais lieu le {{when}} ({{zone}}).\nLe fichier joint met votre agenda à jour.\n\n{{url}}\n\nL’équipe Skillcall',
      },
      bookingCancelled: {
        subject: 'Annulé : {{title}}, {{when}}',
        text: 'Bonjour {{name}},\n\nLa session « {{title}} » avec {{other}} prévue le {{when}} ({{zone}}) a été annulée.\n{{refund}}\nLe fichier joint la retire de votre agenda.\n\n{{url}}\n\nL’équipe Skillcall',
      },
      bookingExpired: {
        subject: 'Créneau libéré : {{title}}, {{when}}',
        text: 'Bonjour {{name}},\n\nLe paiement pour « {{title}} » avec {{other}} le {{when}} ({{zone}}) n’est pas arrivé en 15 minutes : le créneau a été libéré.\n\n{{url}}\n\nL’équipe Skillcall',
      },
      bookingReminder: {
        subject: 'Rappel : {{title}} {{soon}}',
        text: 'Bonjour {{name}},\n\nVotre session « {{title}} » avec {{other}} commence {{soon}} : le {{when}} ({{zone}}).\n\nRejoignez-la ici : {{url}}\n\nL’équipe Skillcall',
      },
      applicationChangesRequested: {
        subject: 'Modifications demandées sur votre candidature Skillcall',
        text: 'Bonjour {{name}},\n\nLe modérateur demande des modifications avant d’approuver votre candidature :\n\n{{reason}}\n\nModifiez-la et renvoyez-la ici : {{url}}\n\nL’équipe Skillcall',
      },
      paymentReceipt: {
        subject: 'Reçu : {{title}}, {{amount}}',
        text: 'Bonjour {{name}},\n\nMerci pour votre paiement de {{amount}} pour « {{title}} » avec {{other}} ({{when}}, {{zone}}).\n{{offline}}Votre reçu est joint ; il est aussi sur la page de la réservation :\n\n{{url}}{{guarantee}}\n\nL’équipe Skillcall',
      },
      refundRequested: {
        subject: 'Remboursement demandé : {{title}}, {{when}}',
        text: 'Bonjour {{name}},\n\n{{other}} n’a pas été satisfait de la séance « {{title}} » ({{when}}, {{zone}}) et demande un remboursement au titre de la garantie satisfaction :\n\n{{reason}}\n\n{{status}}\nVous pouvez répondre sur la page de la réservation : {{url}}\n\nL’équipe Skillcall',
      },
      refundGranted: {
        subject: 'Remboursement accordé : {{title}}',
        text: 'Bonjour {{name}},\n\nVotre remboursement pour la séance « {{title}} » avec {{other}} est accordé : la totalité revient sur votre moyen de paiement (en général sous 5 à 10 jours).\n{{note}}\n{{url}}\n\nL’équipe Skillcall',
      },
      refundDeclined: {
        subject: 'Remboursement refusé : {{title}}',
        text: 'Bonjour {{name}},\n\nAprès examen, votre demande de remboursement pour la séance « {{title}} » avec {{other}} a été refusée.\n{{note}}\n{{url}}\n\nL’équipe Skillcall',
      },
      dataExportReady: {
        subject: 'Vos données Skillcall sont prêtes à télécharger',
        text: 'Bonjour {{name}},\n\nLa copie de vos données que vous avez demandée est prête. Téléchargez-la depuis la page de votre compte jusqu’au {{until}} ({{zone}}) ; elle est ensuite supprimée et vous pourrez en demander une nouvelle.\n\n{{url}}\n\nSi vous n’avez rien demandé, changez votre mot de passe.\n\nL’équipe Skillcall',
      },
      welcomeConfirmEmail: {
        subject: 'Bienvenue sur Skillcall, {{name}} : confirmez votre adresse e-mail',
        text: 'Bonjour {{name}},\n\nVotre compte Skillcall est prêt. Confirmez que cette adresse est la vôtre en ouvrant ce lien dans les {{hours}} heures :\n\n{{url}}\n\nEn attendant, vous pouvez explorer et chercher ; réserver, payer et postuler comme expert attendent cette confirmation.\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.\n\nL’équipe Skillcall',
      },
      confirmEmail: {
        subject: 'Confirmez votre adresse e-mail Skillcall',
        text: 'Bonjour {{name}},\n\nConfirmez que cette adresse est la vôtre en ouvrant ce lien dans les {{hours}} heures :\n\n{{url}}\n\nSi vous n’avez rien demandé, ignorez cet e-mail.\n\nL’équipe Skillcall',
      },
      emailChangeConfirm: {
        subject: 'Confirmez votre nouvelle adresse e-mail Skillcall',
        text: 'Bonjour {{name}},\n\nVous avez demandé à utiliser cette adresse pour votre compte Skillcall. Confirmez-la en ouvrant ce lien dans les {{hours}} heures :\n\n{{url}}\n\nVotre compte garde son adresse actuelle d’ici là. Si vous n’avez rien demandé, ignorez cet e-mail.\n\nL’équipe Skillcall',
      },
      emailChangeRequested: {
        subject: 'Un changement de votre adresse e-mail Skillcall a été demandé',
        text: 'Bonjour {{name}},\n\nLe {{when}}, une personne connectée à votre compte Skillcall a demandé de le déplacer vers {{newEmail}}. Rien ne change tant que cette adresse n’est pas confirmée.\n\nSi ce n’était pas vous, changez tout de suite votre mot de passe :\n\n{{url}}\n\nL’équipe Skillcall',
      },
      emailChanged: {
        subject: 'L’adresse e-mail de votre compte Skillcall a changé',
        text: 'Bonjour {{name}},\n\nLe {{when}}, votre compte Skillcall est passé à l’adresse {{newEmail}} : cette adresse-ci ne reçoit plus ses e-mails.\n\nSi ce n’était pas vous, écrivez tout de suite à l’équipe Skillcall.\n\nL’équipe Skillcall',
      },
    },
    phrases: {
      refund: 'Remboursement : {{percent}} % de ce qui a été payé.',
      tomorrow: 'demain',
      offlinePayment: 'Ce Skillcall utilise le fournisseur de paiement hors ligne : aucun argent réel n’a circulé.',
      refundGrantedAtOnce: 'Selon la garantie, le remboursement a été accordé aussitôt. Votre réponse reste jointe à la demande.',
      refundUnderReview: 'Un administrateur examine cette demande avant tout remboursement.',
      inFifteenMinutes: 'dans 15 minutes',
      deletedUser: 'un utilisateur supprimé',
      reviewerNote: '\n\nMot de la modération : {{note}}',
      guaranteeOffer: 'Pas satisfait ? Dans les 72 heures après la séance, vous pouvez y demander un remboursement complet.',
    },
  },
} as const;

export type MailTemplate = keyof (typeof resources)['en']['mail'];

const i18n = i18next.createInstance();
void i18n.init({
  resources,
  fallbackLng: 'en',
  ns: ['mail', 'phrases'],
  defaultNS: 'mail',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function renderMail(template: MailTemplate, locale: Locale, params: Record<string, string | number>) {
  const t = i18n.getFixedT(locale);
  return { subject: t(`${template}.subject`, params), text: t(`${template}.text`, params) };
}

export type MailPhrase = keyof (typeof resources)['en']['phrases'];

/** A phrase other modules put into a template's parameters (e.g. the refund line of a cancellation). */
export function mailPhrase(phrase: MailPhrase, locale: Locale, params: Record<string, string | number> = {}): string {
  return i18n.getFixedT(locale, 'phrases')(phrase, params);
}
