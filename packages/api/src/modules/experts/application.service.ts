/** An applicant's side of becoming an expert: write a draft, submit it, withdraw it, see where it stands. */
import { unverifiedRefusal } from '../identity/email-verification.service';
import { inTransaction, type Context } from '../../platform/context';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { FieldErrorCode, InvalidInputError, validateInput, type FieldError } from '../../platform/graphql/domain-error';
import { existingCategoryIds } from '../catalog/catalog.service';
import { applicationDraftSchema, applicationSubmissionSchema, contentAsInput, type ApplicationContent } from './application.content';
import { canTransition, editableStatuses } from './application.state';
import { ApplicationSuccess, InvalidTransitionError, type SaveApplicationInput } from './application.types';
import { toApplication } from './expert.mappers';
import {
  findApplicationById,
  findExpertByUserId,
  findLatestApplication,
  findOfferingsOfExperts,
  findOpenApplication,
  insertApplication,
  updateApplication,
} from './expert.queries';
import type { ApplicationRow, ApplicationStatus } from './expert.table';
import { paidOfferingsRefusal } from './publish';

export function invalidTransition(from: ApplicationStatus, to: ApplicationStatus, message: string) {
  return Object.assign(new InvalidTransitionError(message), { from, to });
}

const success = (row: ApplicationRow) => Object.assign(new ApplicationSuccess(), { application: toApplication(row) });

function requireViewer(ctx: Context) {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  return ctx.viewer;
}

/** Checks what only the database knows: the categories exist, and edited offerings are the applicant's own. */
async function referenceErrors(ctx: Context, userId: string, content: Partial<ApplicationContent>): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const wanted = [...(content.categoryIds ?? []), ...(content.offerings ?? []).map((o) => o.categoryId)];
  const known = await existingCategoryIds(ctx, wanted);
  (content.categoryIds ?? []).forEach((id, i) => {
    if (!known.has(id))
      errors.push({ field: `categoryIds.${i}`, code: FieldErrorCode.UNSUPPORTED, message: 'This category does not exist.' });
  });
  const expert = await findExpertByUserId(ctx.db, userId);
  const ownOfferingIds = new Set(expert ? (await findOfferingsOfExperts(ctx.db, [expert.id])).map((o) => o.id) : []);
  (content.offerings ?? []).forEach((offering, i) => {
    if (!known.has(offering.categoryId)) {
      errors.push({ field: `offerings.${i}.categoryId`, code: FieldErrorCode.UNSUPPORTED, message: 'This category does not exist.' });
    }
    if (offering.id && !ownOfferingIds.has(offering.id)) {
      errors.push({ field: `offerings.${i}.id`, code: FieldErrorCode.UNSUPPORTED, message: 'This is not one of your offerings.' });
    }
  });
  return errors;
}

export async function myLatestApplication(ctx: Context) {
  const viewer = requireViewer(ctx);
  const row = await findLatestApplication(ctx.db, viewer.userId);
  return row ? toApplication(row) : null;
}

/** An application, for its applicant or an admin; NOT_FOUND for anyone else. */
export async function applicationById(ctx: Context, id: string) {
  const viewer = requireViewer(ctx);
  const row = await findApplicationById(ctx.db, id);
  if (!row || (row.userId !== viewer.userId && !viewer.roles.includes('ADMIN'))) throw new AppError('NOT_FOUND', 'No such application.');
  return toApplication(row);
}

export async function saveApplicationDraft(ctx: Context, input: SaveApplicationInput) {
  const viewer = requireViewer(ctx);
  const valid = validateInput(input.forSubmission ? applicationSubmissionSchema : applicationDraftSchema, input);
  if (!valid.ok) return valid.error;
  const content = valid.data as Partial<ApplicationContent>;
  const referenceProblems = await referenceErrors(ctx, viewer.userId, content);
  if (referenceProblems.length) return InvalidInputError.of(referenceProblems);

  try {
    return await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      const open = await findOpenApplication(tx.db, viewer.userId, true);
      if (open && !editableStatuses.includes(open.status)) {
        return invalidTransition(open.status, 'DRAFT', 'The application is waiting for review; withdraw it to change it.');
      }
      const fields = { content, categoryIds: content.categoryIds ?? [] };
      if (open) return success(await updateApplication(tx.db, open.id, { ...fields, now }));
      const kind = (await findExpertByUserId(tx.db, viewer.userId)) ? 'EDIT' : 'INITIAL';
      return success(await insertApplication(tx.db, { ...fields, userId: viewer.userId, kind, now }));
    });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.uniqueViolation, 'expert_applications_one_open_per_user')) return saveApplicationDraft(ctx, input);
    throw error;
  }
}

export async function submitApplication(ctx: Context, applicationId: string) {
  const viewer = requireViewer(ctx);
  const unverified = await unverifiedRefusal(ctx);
  if (unverified) return unverified;
  return inTransaction(ctx, async (tx) => {
    const row = await findApplicationById(tx.db, applicationId, true);
    if (!row || row.userId !== viewer.userId) throw new AppError('NOT_FOUND', 'No such application.');
    if (!canTransition(row.status, 'SUBMITTED'))
      return invalidTransition(row.status, 'SUBMITTED', `A ${row.status} application cannot be submitted.`);
    const complete = validateInput(applicationSubmissionSchema, contentAsInput(row.content));
    if (!complete.ok) return complete.error;
    const untaxed = await paidOfferingsRefusal(tx, viewer.userId, complete.data as ApplicationContent);
    if (untaxed) return untaxed;
    const now = tx.clock.now();
    return success(await updateApplication(tx.db, row.id, { status: 'SUBMITTED', submittedAt: now, now }));
  });
}

export async function withdrawApplication(ctx: Context, applicationId: string) {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await findApplicationById(tx.db, applicationId, true);
    if (!row || row.userId !== viewer.userId) throw new AppError('NOT_FOUND', 'No such application.');
    if (row.status !== 'SUBMITTED')
      return invalidTransition(row.status, 'DRAFT', 'Only an application waiting for review can be withdrawn.');
    return success(await updateApplication(tx.db, row.id, { status: 'DRAFT', submittedAt: null, now: tx.clock.now() }));
  });
}
