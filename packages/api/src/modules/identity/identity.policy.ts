/** Pure rules of accounts: what a valid email, password, name, locale and time zone are. */
import { z } from 'zod';
import { FieldErrorCode, fieldCode } from '../../platform/graphql/domain-error';
import { publicText } from '../../platform/text/public-text';
import { isValidTimeZone } from '../../platform/time-zone';

export const passwordMinLength = 10;
export const passwordMaxLength = 200;
export const supportedLocales = ['en', 'fr'] as const;
export type Locale = (typeof supportedLocales)[number];

/** Lower-cased and trimmed: the form under which an email is unique. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email({ message: 'This is not a valid email address.' }));

export const newPasswordSchema = z
  .string()
  .min(passwordMinLength, `Use at least ${passwordMinLength} characters.`)
  .max(passwordMaxLength, `Use at most ${passwordMaxLength} characters.`);

/** The name others see: no contact details in it. */
export const displayNameSchema = publicText(z.string().trim().min(1, 'Enter your name.').max(80, 'A name has at most 80 characters.'));

export const localeSchema = z.enum(supportedLocales, { message: 'Choose English or French.' });

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'This is not an IANA time zone (e.g. Europe/Paris).', ...fieldCode(FieldErrorCode.UNSUPPORTED) });

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
  locale: localeSchema.default('en'),
  timeZone: timeZoneSchema.default('UTC'),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(passwordMaxLength),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(passwordMaxLength),
  newPassword: newPasswordSchema,
});

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(1, 'The reset link is incomplete.').max(200),
  newPassword: newPasswordSchema,
});

export const updateAccountSchema = z.object({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});

export const passwordResetTtlMinutes = 60;

/** How long an emailed address confirmation link works. */
export const emailVerificationTtlHours = 24;

export const verifyEmailSchema = z.object({ token: z.string().min(1, 'The confirmation link is incomplete.').max(200) });

export const requestEmailChangeSchema = z.object({
  newEmail: emailSchema,
  currentPassword: z.string().min(1, 'Enter your current password.').max(passwordMaxLength),
});

/**
 * The doors anyone can knock on that send mail; each counts its uses per IP address and per email address over an
 * hour (the limits are configuration: `mailDoorLimits`), so that a flood gets RATE_LIMITED, never a mail storm.
 */
export const mailDoors = ['signUp', 'passwordReset', 'verification'] as const;
export type MailDoor = (typeof mailDoors)[number];
export const mailDoorWindowSeconds = 60 * 60;
