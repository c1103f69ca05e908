import { Field, GraphQLISODateTime, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ErrorCode } from '../../error-codes';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';

export enum ExpertTaxStatus {
  VAT_REGISTERED = 'VAT_REGISTERED',
  EXEMPT_SMALL_BUSINESS = 'EXEMPT_SMALL_BUSINESS',
}
registerEnumType(ExpertTaxStatus, {
  name: 'ExpertTaxStatus',
  description: 'How an expert stands with VAT.',
  valuesConfig: {
    VAT_REGISTERED: { description: 'Registered for VAT, with a number.' },
    EXEMPT_SMALL_BUSINESS: { description: 'Exempt as a small business; invoices carry the exemption mention of their country.' },
  },
});

@ObjectType({ description: 'An expert’s tax profile: who they are on an invoice. Only its owner reads it.' })
export class ExpertTaxProfile {
  @Field(() => String, { description: 'The legal name (a person’s full name, or the company’s registered name).' })
  legalName!: string;

  @Field(() => String, { description: 'The postal address, lines separated by newlines (without the country).' })
  address!: string;

  @Field(() => String, { description: 'Where the expert is established (ISO 3166-1 alpha-2).' })
  country!: string;

  @Field(() => ExpertTaxStatus, { description: 'VAT registered, or exempt small business.' })
  status!: ExpertTaxStatus;

  @Field(() => String, { nullable: true, description: 'The VAT number (VAT_REGISTERED), normalised with its country prefix.' })
  vatNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The exemption mention printed on invoices (EXEMPT_SMALL_BUSINESS).' })
  exemptionText!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the expert agreed that the platform invoices sessions in their name (required when `TaxSettings.model` is AGENT).',
  })
  invoicingConsentAt!: Date | null;

  @Field(() => Boolean, { description: 'True when the profile is enough to publish paid offerings under the current tax model.' })
  complete!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'Last saved.' })
  updatedAt!: Date;
}

@InputType({ description: 'The signed-in user’s tax profile, as a whole (it replaces the one saved).' })
export class SaveTaxProfileInput {
  @Field(() => String, { description: 'The legal name.' })
  legalName!: string;

  @Field(() => String, { description: 'The postal address, lines separated by newlines (without the country).' })
  address!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => ExpertTaxStatus, { description: 'VAT registered, or exempt small business.' })
  status!: ExpertTaxStatus;

  @Field(() => String, { nullable: true, description: 'Required for VAT_REGISTERED: the VAT number (checked, then verified with VIES).' })
  vatNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For EXEMPT_SMALL_BUSINESS: the exemption mention; left empty, the mention of the country is used when one is known.',
  })
  exemptionText?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Agreement that the platform issues invoices in the expert’s name; required when the tax model is AGENT.',
  })
  invoicingConsent?: boolean | null;
}

@ObjectType({ description: 'The tax profile was saved.' })
export class SaveTaxProfileSuccess {
  @Field(() => ExpertTaxProfile, { description: 'The saved profile.' })
  profile!: ExpertTaxProfile;
}

export const SaveTaxProfileResult = createUnionType({
  name: 'SaveTaxProfileResult',
  description: 'Outcome of saving a tax profile.',
  types: () => [SaveTaxProfileSuccess, InvalidInputError] as const,
});

@ObjectType({ description: 'The operator’s tax choices that forms and prices depend on.' })
export class TaxSettings {
  @Field(() => Boolean, {
    description:
      'True when the platform only acts as the experts’ agent (TAX_MODEL=agent): experts must consent to invoicing on their behalf.',
  })
  invoicingConsentRequired!: boolean;

  @Field(() => Boolean, { description: 'True when experts’ prices include VAT (PRICES_INCLUDE_TAX=on).' })
  pricesIncludeTax!: boolean;

  @Field(() => [ExemptionMention], { description: 'The exemption mention of each country that has one, for the profile form.' })
  exemptionMentions!: ExemptionMention[];
}

@ObjectType({ description: 'The mention a small business exempt from VAT prints on its invoices in one country.' })
export class ExemptionMention {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => String, { description: 'The mention, in the country’s language.' })
  text!: string;
}

@ObjectType({ implements: DomainError, description: 'Paid offerings need the expert’s tax profile first.' })
export class TaxProfileRequiredError extends DomainError {
  override readonly code = ErrorCode.TAX_PROFILE_REQUIRED;

  @Field(() => String, { description: 'The SPA page where the expert fills in their tax profile.' })
  settingsPath = '/account/tax';
}

@ObjectType({
  implements: DomainError,
  description: 'The EU VIES service says this VAT number is not valid: it cannot be used for reverse charge.',
})
export class VatNumberRefusedError extends DomainError {
  override readonly code = ErrorCode.VAT_NUMBER_REFUSED;
}
