/**
 * The application form's values, and the conversions between them, the API's content (to prefill) and
 * SaveApplicationInput (to save). A draft may be incomplete: empty fields are left out of the input.
 */
import { randomId } from '@mantine/hooks';
import type {
  ApplicationForm_ApplicationFragment,
  ApplicationForm_UserFragment,
  CancellationPolicy,
  OfferingInput,
  PriceInput,
  PriceModel,
  SaveApplicationInput,
} from '@skillcall/schema';
import type { TFunction } from 'i18next';
import { browserTimeZone } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { localeCountry } from '../../lib/iso-codes';

export const limits = {
  headline: { min: 10, max: 120 },
  bio: { min: 50, max: 4000 },
  skills: 20,
  categories: 5,
  offerings: 10,
  offeringTitle: { min: 5, max: 120 },
  offeringDescription: { min: 20, max: 4000 },
} as const;

export interface PriceValues {
  model: PriceModel;
  amount: string;
  currency: string;
  minMinutes: number | '';
  maxMinutes: number | '';
  durationMinutes: number | '';
}

export interface OfferingValues {
  /** React key of the block; never sent. */
  key: string;
  /** The published offering this edits (after approval); sent back so it is changed rather than replaced. */
  id: string | null;
  title: string;
  description: string;
  categoryId: string | null;
  languages: string[];
  price: PriceValues;
  cancellationPolicy: CancellationPolicy;
}

export interface ApplicationValues {
  displayName: string;
  headline: string;
  bio: string;
  skills: string[];
  categoryIds: string[];
  languages: string[];
  country: string | null;
  timeZone: string | null;
  adultConfirmed: boolean;
  offerings: OfferingValues[];
}

/** A currency to start a new price in: the euro in French, the dollar otherwise. */
function defaultCurrency(language: Language): string {
  return language === 'fr' ? 'EUR' : 'USD';
}

export function emptyOffering(languages: string[], language: Language): OfferingValues {
  return {
    key: randomId(),
    id: null,
    title: '',
    description: '',
    categoryId: null,
    languages: [...languages],
    price: { model: 'PER_SESSION', amount: '', currency: defaultCurrency(language), minMinutes: 10, maxMinutes: 60, durationMinutes: 30 },
    cancellationPolicy: 'FLEXIBLE',
  };
}

type Content = ApplicationForm_ApplicationFragment['content'];

/** The form's first values: the latest application's content, or a blank one started from the account. */
export function initialValues(content: Content | null, user: ApplicationForm_UserFragment, language: Language): ApplicationValues {
  if (!content) {
    return {
      displayName: user.displayName,
      headline: '',
      bio: '',
      skills: [],
      categoryIds: [],
      languages: [language],
      country: localeCountry(navigator.language),
      timeZone: user.timeZone || browserTimeZone(),
      adultConfirmed: false,
      offerings: [emptyOffering([language], language)],
    };
  }
  return {
    displayName: content.displayName ?? '',
    headline: content.headline ?? '',
    bio: content.bio ?? '',
    skills: [...content.skills],
    categoryIds: [...content.categoryIds],
    languages: [...content.languages],
    country: content.country ?? null,
    timeZone: content.timeZone ?? null,
    adultConfirmed: content.adultConfirmed,
    offerings: content.offerings.map((offering) => ({
      key: randomId(),
      id: offering.id ?? null,
      title: offering.title,
      description: offering.description,
      categoryId: offering.categoryId,
      languages: [...offering.languages],
      cancellationPolicy: offering.cancellationPolicy,
      price: {
        model: offering.price.model,
        amount: offering.price.amount?.amount ?? '',
        currency: offering.price.amount?.currency ?? defaultCurrency(language),
        minMinutes: offering.price.minMinutes ?? 10,
        maxMinutes: offering.price.maxMinutes ?? 60,
        durationMinutes: offering.price.durationMinutes ?? 30,
      },
    })),
  };
}

const text = (value: string) => value.trim() || undefined;
const list = (value: string[]) => (value.length ? value : undefined);
const whole = (value: number | '') => (typeof value === 'number' ? value : undefined);

/** Only the fields of the chosen price model. */
function toPriceInput(price: PriceValues): PriceInput {
  switch (price.model) {
    case 'FREE':
      return { model: price.model, durationMinutes: whole(price.durationMinutes) };
    case 'PER_SESSION':
      return {
        model: price.model,
        amount: text(price.amount),
        currency: price.currency || undefined,
        durationMinutes: whole(price.durationMinutes),
      };
    case 'PER_MINUTE':
      return {
        model: price.model,
        amount: text(price.amount),
        currency: price.currency || undefined,
        minMinutes: whole(price.minMinutes),
        maxMinutes: whole(price.maxMinutes),
      };
  }
}

function toOfferingInput(offering: OfferingValues): OfferingInput {
  return {
    ...(offering.id ? { id: offering.id } : {}),
    title: offering.title.trim(),
    description: offering.description.trim(),
    categoryId: offering.categoryId ?? '',
    languages: offering.languages,
    cancellationPolicy: offering.cancellationPolicy,
    price: toPriceInput(offering.price),
  };
}

export function toSaveInput(values: ApplicationValues): SaveApplicationInput {
  return {
    displayName: text(values.displayName),
    headline: text(values.headline),
    bio: text(values.bio),
    skills: list(values.skills.map((skill) => skill.trim()).filter(Boolean)),
    categoryIds: list(values.categoryIds),
    languages: list(values.languages),
    country: values.country || undefined,
    timeZone: values.timeZone || undefined,
    adultConfirmed: values.adultConfirmed,
    offerings: values.offerings.length ? values.offerings.map(toOfferingInput) : undefined,
  };
}

/** Where an API field error shows: its field, a list's own field for one item; never the hidden offering id. */
export function applicationFieldFor(values: object, field: string): string | null {
  if (/^offerings\.\d+\.id$/.test(field)) return null;
  const path = field.replace(/(\.\d+)+$/, '');
  const [first, index, ...rest] = path.split('.');
  const form = values as ApplicationValues;
  if (first === 'offerings' && index !== undefined) {
    const offering = form.offerings[Number(index)];
    if (!offering) return 'offerings';
    const field = rest.join('.');
    if (field === 'price') return `offerings.${index}.price.model`;
    const known = field in offering || (field.startsWith('price.') && field.slice('price.'.length) in offering.price);
    // The offering as a whole (or a field it does not have): its title, where the block starts.
    return `offerings.${index}.${known && field !== 'key' ? field : 'title'}`;
  }
  return first && first in form ? path : null;
}

/** The DOM id of a field, so the error summary can take the reader to it. */
export function fieldId(path: string): string {
  return `application-${path.replaceAll('.', '-')}`;
}

/** The label of a form field, for the error summary ("Offering 2 · Price"). */
export function fieldLabel(path: string, t: TFunction): string {
  const [first, index, ...rest] = path.split('.');
  if (first === 'offerings' && index !== undefined) {
    const name = t('apply.offering.legend', { number: Number(index) + 1 });
    const field = rest.join('.');
    return field ? `${name} · ${offeringFieldLabel(field, t)}` : name;
  }
  return profileFieldLabel(path, t);
}

function profileFieldLabel(path: string, t: TFunction): string {
  switch (path) {
    case 'displayName':
      return t('apply.displayName');
    case 'headline':
      return t('apply.headline');
    case 'bio':
      return t('apply.bio');
    case 'skills':
      return t('apply.skills');
    case 'categoryIds':
      return t('apply.categories');
    case 'languages':
      return t('apply.languages');
    case 'country':
      return t('apply.country');
    case 'timeZone':
      return t('apply.timeZone');
    case 'adultConfirmed':
      return t('apply.adultConfirmed');
    case 'offerings':
      return t('apply.offeringsTitle');
    default:
      return path;
  }
}

function offeringFieldLabel(field: string, t: TFunction): string {
  switch (field) {
    case 'title':
      return t('apply.offering.title');
    case 'description':
      return t('apply.offering.description');
    case 'categoryId':
      return t('apply.offering.category');
    case 'languages':
      return t('apply.offering.languages');
    case 'cancellationPolicy':
      return t('apply.offering.policy');
    case 'price':
    case 'price.model':
      return t('apply.offering.pricing');
    case 'price.amount':
      return t('apply.offering.amount');
    case 'price.currency':
      return t('apply.offering.currency');
    case 'price.durationMinutes':
      return t('apply.offering.durationMinutes');
    case 'price.minMinutes':
      return t('apply.offering.minMinutes');
    case 'price.maxMinutes':
      return t('apply.offering.maxMinutes');
    default:
      return field;
  }
}
