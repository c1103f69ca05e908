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
      applicationApproved: {
        subject: 'You are now a Skillcall expert',
        text: 'Hello {{name}},\n\nYour expert application was approved: your profile and offerings are public.\n{{reason}}\n\nSee it here: {{url}}\n\nThe Skillcall team',
      },
      applicationRejected: {
        subject: 'Your Skillcall expert application',
        text: 'Hello {{name}},\n\nWe could not approve your expert application. The reviewer wrote:\n\n{{reason}}\n\nYou may apply again: {{url}}\n\nThe Skillcall team',
      },
      applicationChangesRequested: {
        subject: 'Changes requested on your Skillcall expert application',
        text: 'Hello {{name}},\n\nThe reviewer asks for changes before approving your application:\n\n{{reason}}\n\nEdit and resubmit it here: {{url}}\n\nThe Skillcall team',
      },
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
      applicationApproved: {
        subject: 'Vous êtes désormais expert Skillcall',
        text: 'Bonjour {{name}},\n\nVotre candidature d’expert a été approuvée : votre profil et vos offres sont publics.\n{{reason}}\n\nVoyez-les ici : {{url}}\n\nL’équipe Skillcall',
      },
      applicationRejected: {
        subject: 'Votre candidature d’expert Skillcall',
        text: 'Bonjour {{name}},\n\nNous n’avons pas pu approuver votre candidature d’expert. Le modérateur a écrit :\n\n{{reason}}\n\nVous pouvez postuler à nouveau : {{url}}\n\nL’équipe Skillcall',
      },
      applicationChangesRequested: {
        subject: 'Modifications demandées sur votre candidature Skillcall',
        text: 'Bonjour {{name}},\n\nLe modérateur demande des modifications avant d’approuver votre candidature :\n\n{{reason}}\n\nModifiez-la et renvoyez-la ici : {{url}}\n\nL’équipe Skillcall',
      },
    },
  },
} as const;

export type MailTemplate = keyof (typeof resources)['en']['mail'];

const i18n = i18next.createInstance();
void i18n.init({ resources, fallbackLng: 'en', ns: ['mail'], defaultNS: 'mail', interpolation: { escapeValue: false }, initAsync: false });

export function renderMail(template: MailTemplate, locale: Locale, params: Record<string, string | number>) {
  const t = i18n.getFixedT(locale);
  return { subject: t(`${template}.subject`, params), text: t(`${template}.text`, params) };
}
