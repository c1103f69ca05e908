import type { MailStrings } from './strings.en';

/** The French words of every mail: the same keys as English (the compiler refuses a missing one). */
export const fr: MailStrings = {
  common: {
    brand: 'Skillcall',
    greeting: 'Bonjour {{name}},',
    signature: 'L’équipe Skillcall',
    actionLine: '{{label}} : {{url}}',
    detailLine: '{{label}} : {{value}}',
    buttonFallback: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
    reviewerWrote: 'Le modérateur a écrit :',
    unsubscribe: 'Ne plus recevoir ces e-mails',
    unsubscribeLine: 'Ne plus recevoir ces e-mails : {{url}}',
  },
  details: {
    when: 'Quand',
    zone: 'Fuseau horaire',
    amount: 'Montant',
    until: 'Disponible jusqu’au',
  },
  footer: {
    account: 'Vous recevez cet e-mail parce que cette adresse est celle d’un compte Skillcall.',
    application: 'Vous recevez cet e-mail parce que vous avez postulé pour devenir expert sur Skillcall.',
    booking: 'Vous recevez cet e-mail parce que vous participez à cette séance Skillcall.',
    billing: 'Vous recevez cet e-mail au sujet d’un paiement pour une séance à laquelle vous participez sur Skillcall.',
  },
  templates: {
    welcome: {
      subject: 'Bienvenue sur Skillcall, {{name}}',
      intro: 'Votre compte Skillcall est prêt. Trouvez un expert et obtenez de l’aide en direct.',
      action: 'Trouver un expert',
    },
    welcomeConfirmEmail: {
      subject: 'Bienvenue sur Skillcall, {{name}} : confirmez votre adresse e-mail',
      intro: 'Votre compte Skillcall est prêt. Confirmez que cette adresse est la vôtre en ouvrant ce lien dans les {{hours}} heures.',
      meanwhile: 'En attendant, vous pouvez explorer et chercher ; réserver, payer et postuler comme expert attendent cette confirmation.',
      action: 'Confirmer mon adresse',
      notYou: 'Si vous ne vous êtes pas inscrit, ignorez cet e-mail.',
    },
    confirmEmail: {
      subject: 'Confirmez votre adresse e-mail Skillcall',
      intro: 'Confirmez que cette adresse est la vôtre en ouvrant ce lien dans les {{hours}} heures.',
      action: 'Confirmer mon adresse',
      notYou: 'Si vous n’avez rien demandé, ignorez cet e-mail.',
    },
    emailChangeConfirm: {
      subject: 'Confirmez votre nouvelle adresse e-mail Skillcall',
      intro:
        'Vous avez demandé à utiliser cette adresse pour votre compte Skillcall. Confirmez-la en ouvrant ce lien dans les {{hours}} heures.',
      meanwhile: 'Votre compte garde son adresse actuelle d’ici là.',
      action: 'Confirmer cette adresse',
      notYou: 'Si vous n’avez rien demandé, ignorez cet e-mail.',
    },
    emailChangeRequested: {
      subject: 'Un changement de votre adresse e-mail Skillcall a été demandé',
      intro:
        'Le {{when}}, une personne connectée à votre compte Skillcall a demandé de le déplacer vers {{newEmail}}. Rien ne change tant que cette adresse n’est pas confirmée.',
      notYou: 'Si ce n’était pas vous, changez tout de suite votre mot de passe.',
      action: 'Choisir un nouveau mot de passe',
    },
    emailChanged: {
      subject: 'L’adresse e-mail de votre compte Skillcall a changé',
      intro: 'Le {{when}}, votre compte Skillcall est passé à l’adresse {{newEmail}} : cette adresse-ci ne reçoit plus ses e-mails.',
      notYou: 'Si ce n’était pas vous, choisissez tout de suite un nouveau mot de passe et écrivez à l’équipe Skillcall.',
      action: 'Choisir un nouveau mot de passe',
    },
    passwordReset: {
      subject: 'Réinitialisez votre mot de passe Skillcall',
      intro:
        'Quelqu’un a demandé la réinitialisation du mot de passe de votre compte Skillcall. Pour en choisir un nouveau, ouvrez ce lien dans les {{minutes}} minutes.',
      action: 'Choisir un nouveau mot de passe',
      notYou: 'Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.',
    },
    passwordChanged: {
      subject: 'Le mot de passe de votre compte Skillcall a changé',
      intro: 'Le mot de passe de votre compte Skillcall a été changé le {{when}}, et vos autres sessions ont été déconnectées.',
      notYou: 'Si ce n’était pas vous, choisissez tout de suite un nouveau mot de passe.',
      action: 'Choisir un nouveau mot de passe',
    },
    applicationApproved: {
      subject: 'Vous êtes désormais expert Skillcall',
      intro: 'Votre candidature d’expert a été approuvée : votre profil et vos prestations sont publics.',
      action: 'Voyez votre profil public',
    },
    applicationRejected: {
      subject: 'Votre candidature d’expert Skillcall',
      intro: 'Nous n’avons pas pu approuver votre candidature d’expert.',
      again: 'Vous pouvez postuler à nouveau.',
      action: 'Postuler à nouveau',
    },
    applicationChangesRequested: {
      subject: 'Modifications demandées sur votre candidature Skillcall',
      intro: 'Le modérateur demande des modifications avant d’approuver votre candidature :',
      action: 'La modifier et la renvoyer',
    },
    bookingConfirmed: {
      subject: 'Réservé : {{title}}, {{when}}',
      intro: 'Votre séance « {{title}} » avec {{other}} est confirmée.',
      calendar: 'Le fichier joint l’ajoute à votre agenda. Vous pouvez l’annuler ou la reporter depuis la page de la réservation.',
      action: 'Voir la réservation',
    },
    bookingPendingPayment: {
      subject: 'Créneau retenu : {{title}}, {{when}}',
      intro: 'Le créneau pour « {{title}} » avec {{other}} est retenu 15 minutes, le temps du paiement.',
      action: 'Voir la réservation',
    },
    bookingRescheduled: {
      subject: 'Déplacé : {{title}}, désormais le {{when}}',
      intro: 'Votre séance « {{title}} » avec {{other}} a été déplacée.',
      calendar: 'Le fichier joint met votre agenda à jour.',
      action: 'Voir la réservation',
    },
    bookingCancelled: {
      subject: 'Annulé : {{title}}, {{when}}',
      intro: 'La séance « {{title}} » avec {{other}} a été annulée.',
      calendar: 'Le fichier joint la retire de votre agenda.',
      action: 'Voir la réservation',
    },
    bookingExpired: {
      subject: 'Créneau libéré : {{title}}, {{when}}',
      intro: 'Le paiement pour « {{title}} » avec {{other}} n’est pas arrivé en 15 minutes : le créneau a été libéré.',
      action: 'Voir la réservation',
    },
    bookingReminder: {
      subject: 'Rappel : {{title}} {{soon}}',
      intro: 'Votre séance « {{title}} » avec {{other}} commence {{soon}}.',
      action: 'Rejoindre la séance',
    },
    paymentReceipt: {
      subject: 'Facture : {{title}}, {{amount}}',
      intro: 'Merci pour votre paiement pour « {{title}} » avec {{other}}.',
      receipt: 'Votre facture est jointe ; elle est aussi sur la page de la réservation.',
      action: 'Voir la réservation',
    },
    refundRequested: {
      subject: 'Remboursement demandé : {{title}}, {{when}}',
      intro:
        '{{other}} n’a pas été satisfait de la séance « {{title}} » et demande un remboursement au titre de la garantie satisfaction :',
      action: 'Répondre sur la page de la réservation',
    },
    refundGranted: {
      subject: 'Remboursement accordé : {{title}}',
      intro:
        'Votre remboursement pour la séance « {{title}} » avec {{other}} est accordé : la totalité revient sur votre moyen de paiement (en général sous 5 à 10 jours).',
      action: 'Voir la réservation',
    },
    refundDeclined: {
      subject: 'Remboursement refusé : {{title}}',
      intro: 'Après examen, votre demande de remboursement pour la séance « {{title}} » avec {{other}} a été refusée.',
      action: 'Voir la réservation',
    },
    dataExportReady: {
      subject: 'Vos données Skillcall sont prêtes à télécharger',
      intro:
        'La copie de vos données que vous avez demandée est prête. Téléchargez-la depuis la page de votre compte avant la date ci-dessous ; elle est ensuite supprimée et vous pourrez en demander une nouvelle.',
      action: 'Télécharger vos données',
      notYou: 'Si vous n’avez rien demandé, changez votre mot de passe.',
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
    guaranteeOffer:
      'Pas satisfait ? Dans les 72 heures après la séance, vous pouvez demander un remboursement complet sur la page de la réservation.',
  },
};
