import { Arg, Ctx, FieldResolver, Float, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { Public, SignedIn } from '../../platform/graphql/access';
import { consumerVatPercent, myTaxProfile, saveTaxProfile, taxSettings } from './tax-profile.service';
import { ExpertTaxProfile, SaveTaxProfileInput, SaveTaxProfileResult, TaxSettings } from './tax-profile.types';

@Resolver()
export class TaxProfileResolver {
  @SignedIn()
  @Query(() => ExpertTaxProfile, { nullable: true, description: 'The signed-in user’s tax profile (null until they fill it in).' })
  myTaxProfile(@Ctx() ctx: SignedInContext) {
    return myTaxProfile(ctx);
  }

  @Public()
  @Query(() => TaxSettings, { description: 'The operator’s tax choices that forms and prices depend on.' })
  taxSettings(@Ctx() ctx: Context) {
    return taxSettings(ctx);
  }

  @SignedIn()
  @Mutation(() => SaveTaxProfileResult, {
    description: 'Save the signed-in user’s tax profile, required before a first paid offering is published.',
  })
  saveTaxProfile(@Arg('input', () => SaveTaxProfileInput) input: SaveTaxProfileInput, @Ctx() ctx: SignedInContext) {
    return saveTaxProfile(ctx, input);
  }
}

@Resolver(() => TaxSettings)
export class TaxSettingsResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'The VAT rate (percent) a private person in `country` pays on a session today, for the note beside prices; null when no VAT applies there or the country is not given.',
  })
  consumerVatPercent(@Arg('country', () => String, { nullable: true }) country: string | null, @Ctx() ctx: Context) {
    return consumerVatPercent(ctx, country);
  }
}
