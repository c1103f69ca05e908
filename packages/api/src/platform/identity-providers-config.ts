/**
 * The OpenID Connect providers people may sign in with, read from numbered variables so that an operator adds one
 * without writing JSON: `OIDC_<ID>_ISSUER`, `OIDC_<ID>_CLIENT_ID`, `OIDC_<ID>_CLIENT_SECRET`, `OIDC_<ID>_NAME`, and
 * optionally `OIDC_<ID>_ICON` and `OIDC_<ID>_EMAIL_DOMAINS`. Google needs only `GOOGLE_CLIENT_ID` and
 * `GOOGLE_CLIENT_SECRET` (its issuer, name and icon are known; `GOOGLE_EMAIL_DOMAINS` restricts it to a Workspace).
 * Every problem names the variable at fault.
 */
import { z } from 'zod';

export interface IdentityProviderConfig {
  /** In the sign-in URLs: `/auth/oidc/<id>/start` and `/auth/oidc/<id>/callback` (lower case, dashes). */
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** A `data:image/…` URI or a path on this site (the page's content security policy allows no other image host). */
  iconUrl: string | null;
  /** Lower-case email domains accounts of this provider must belong to; empty for any. */
  emailDomains: string[];
}

const fields = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'NAME', 'ICON', 'EMAIL_DOMAINS'] as const;
const variablePattern = new RegExp(`^OIDC_([A-Z0-9]+(?:_[A-Z0-9]+)*?)_(${fields.join('|')})$`);

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on this machine only (a provider run beside the server, as in tests). */
const issuerSchema = z.url().refine((text) => {
  const url = new URL(text);
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
}, 'must be an https:// URL (http:// only for localhost or 127.0.0.1)');

const iconSchema = z
  .string()
  .refine((text) => /^data:image\/[a-z+.-]+[;,]/.test(text) || (text.startsWith('/') && !text.startsWith('//')), {
    message: 'must be a data:image/… URI or a path on this site such as /icons/school.svg',
  });

const domainsSchema = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/, 'must be a comma-separated list of domains like school.example')));

const providerSchema = z.object({
  ISSUER: issuerSchema,
  CLIENT_ID: z.string(),
  CLIENT_SECRET: z.string(),
  NAME: z.string().trim().min(1, 'must not be blank').max(40, 'must be at most 40 characters'),
  ICON: iconSchema.optional(),
  EMAIL_DOMAINS: domainsSchema.optional(),
});

/** Google's "G", drawn inline so that no other image host is needed. */
const googleIcon =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><path fill="#EA4335" d="M24 9.5c3.5 0 6.6 1.2 9.1 3.6l6.8-6.8C35.8 2.4 30.3 0 24 0 14.6 0 6.6 5.4 2.7 13.3l7.9 6.1C12.5 13.6 17.8 9.5 24 9.5z"/><path fill="#4285F4" d="M46.1 24.5c0-1.6-.1-3.1-.4-4.5H24v9h12.4c-.5 2.9-2.2 5.3-4.6 7l7.4 5.7c4.3-4 6.9-9.9 6.9-17.2z"/><path fill="#FBBC05" d="M10.6 28.6c-.5-1.4-.8-3-.8-4.6s.3-3.2.8-4.6l-7.9-6.1C1 16.6 0 20.2 0 24s1 7.4 2.7 10.7l7.9-6.1z"/><path fill="#34A853" d="M24 48c6.5 0 11.9-2.1 15.9-5.8l-7.4-5.7c-2.1 1.4-4.8 2.3-8.5 2.3-6.2 0-11.5-4.1-13.4-9.8l-7.9 6.1C6.6 42.6 14.6 48 24 48z"/></svg>',
  );

export const googleIssuer = 'https://accounts.google.com';

/** The providers of this environment, or the problems found, each naming its variable. */
export function readIdentityProviders(env: NodeJS.ProcessEnv): { providers: IdentityProviderConfig[]; problems: string[] } {
  const problems: string[] = [];
  const providers: IdentityProviderConfig[] = [];

  const google = { id: env.GOOGLE_CLIENT_ID, secret: env.GOOGLE_CLIENT_SECRET, domains: env.GOOGLE_EMAIL_DOMAINS };
  if (google.id || google.secret) {
    if (!google.id) problems.push('GOOGLE_CLIENT_ID: is required with GOOGLE_CLIENT_SECRET (both come from the Google Cloud console)');
    if (!google.secret) problems.push('GOOGLE_CLIENT_SECRET: is required with GOOGLE_CLIENT_ID (both come from the Google Cloud console)');
    const domains = domainsSchema.safeParse(google.domains ?? '');
    if (!domains.success)
      problems.push(`GOOGLE_EMAIL_DOMAINS: ${domains.error.issues[0]!.message} (got ${JSON.stringify(google.domains)})`);
    if (google.id && google.secret && domains.success) {
      providers.push({
        id: 'google',
        issuer: googleIssuer,
        clientId: google.id,
        clientSecret: google.secret,
        name: 'Google',
        iconUrl: googleIcon,
        emailDomains: domains.data,
      });
    }
  }

  const grouped = new Map<string, Record<string, string>>();
  for (const [name, value] of Object.entries(env)) {
    const match = variablePattern.exec(name);
    if (!match || value === undefined || value === '') continue;
    const [, id, field] = match as unknown as [string, string, string];
    grouped.set(id, { ...grouped.get(id), [field]: value });
  }
  for (const [envId, values] of [...grouped].sort(([a], [b]) => a.localeCompare(b))) {
    const id = envId.toLowerCase().replace(/_/g, '-');
    if (id === 'google' && providers.some((p) => p.id === 'google')) {
      problems.push(
        `OIDC_GOOGLE_ISSUER: Google is configured by GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET; remove the OIDC_GOOGLE_* variables`,
      );
      continue;
    }
    const missing = (['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'NAME'] as const).filter((field) => !values[field]);
    for (const field of missing) problems.push(`OIDC_${envId}_${field}: is required for the provider ${envId}`);
    if (missing.length > 0) continue;
    const parsed = providerSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const variable = `OIDC_${envId}_${String(issue.path[0])}`;
        const got = env[variable];
        const shown = String(issue.path[0]) === 'CLIENT_SECRET' || got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
        problems.push(`${variable}: ${issue.message}${shown}`);
      }
      continue;
    }
    const p = parsed.data;
    providers.push({
      id,
      issuer: p.ISSUER,
      clientId: p.CLIENT_ID,
      clientSecret: p.CLIENT_SECRET,
      name: p.NAME,
      iconUrl: p.ICON ?? null,
      emailDomains: p.EMAIL_DOMAINS ?? [],
    });
  }
  return { providers, problems };
}
