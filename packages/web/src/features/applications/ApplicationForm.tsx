import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  SaveApplicationDraftDocument,
  SubmitApplicationDocument,
  type ApplicationForm_ApplicationFragment,
  type ApplicationForm_CategoryFragment,
  type ApplicationForm_UserFragment,
  type ApplicationStatus,
} from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { TaxProfileRequiredNotice } from '../tax/TaxProfileRequiredNotice';
import { assertNever, type Failure } from '../../lib/errors';
import { placeFieldErrors, type FieldErrorLike } from '../../lib/field-errors';
import { currentLanguage } from '../../lib/i18n';
import {
  applicationFieldFor,
  emptyOffering,
  fieldId,
  fieldLabel,
  initialValues,
  limits,
  toSaveInput,
  type ApplicationValues,
} from './application-values';
import { useRangeFormat } from './CharacterCount';
import classes from './ApplicationForm.module.css';
import { CountedTextarea } from './CountedTextarea';
import { ErrorSummary } from './ErrorSummary';
import { LanguageMultiSelect } from './LanguageMultiSelect';
import { OfferingFieldset } from './OfferingFieldset';
import { useCategoryOptions, useCountryOptions, useTimeZoneOptions } from './use-options';

interface ApplicationFormProps {
  /** The latest application, to start from; null for a first one. */
  application: ApplicationForm_ApplicationFragment | null;
  user: ApplicationForm_UserFragment;
  categories: ApplicationForm_CategoryFragment[];
  /** While the application waits for review: shown, not editable. */
  readOnly: boolean;
}

type Problems = { placed: { path: string; label: string; id: string }[]; unplaced: FieldErrorLike[] };

/**
 * The expert application: profile, the 18+ confirmation and offerings. "Save draft" keeps it (checked, but may be
 * incomplete); "Submit for review" saves it once complete, then sends it to the moderation queue. Errors show on their fields.
 */
export function ApplicationForm({ application, user, categories, readOnly }: ApplicationFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = useForm<ApplicationValues>({ initialValues: initialValues(application?.content ?? null, user, language) });
  const values = form.getValues();
  const [saveDraft] = useMutation(SaveApplicationDraftDocument, {
    // A first save, or a save after a decision, starts a new application: it becomes the viewer's latest.
    update(cache, { data }) {
      const result = data?.saveApplicationDraft;
      if (result?.__typename !== 'ApplicationSuccess') return;
      cache.modify({ fields: { myApplication: (_, { toReference }) => toReference(result.application) } });
    },
  });
  const [submitApplication] = useMutation(SubmitApplicationDocument);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [blockedBy, setBlockedBy] = useState<ApplicationStatus | null>(null);

  const categoryOptions = useCategoryOptions(categories);
  const countryOptions = useCountryOptions();
  const timeZones = useTimeZoneOptions(values.timeZone);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !readOnly && busy === null && form.isDirty() && currentLocation.pathname !== nextLocation.pathname,
  );

  const clearProblems = () => {
    setFailure(null);
    setProblems(null);
    setBlockedBy(null);
    form.clearErrors();
  };

  const showProblems = (errors: readonly FieldErrorLike[]) => {
    const { placed, unplaced } = placeFieldErrors(form, errors, applicationFieldFor);
    setProblems({ placed: placed.map((path) => ({ path, label: fieldLabel(path, t), id: fieldId(path) })), unplaced });
  };

  /**
   * Saves the form; the saved application's id, or null when the API refused (the reasons are shown). Before a
   * submission, the API checks it as submission will, so every missing field shows at once.
   */
  const save = async (forSubmission = false): Promise<string | null> => {
    const { data } = await saveDraft({ variables: { input: { ...toSaveInput(form.getValues()), forSubmission } } });
    const result = data?.saveApplicationDraft;
    if (!result) throw new Error('saveApplicationDraft returned no data');
    switch (result.__typename) {
      case 'ApplicationSuccess':
        form.resetDirty();
        return result.application.id;
      case 'InvalidInputError':
        showProblems(result.fieldErrors);
        return null;
      case 'InvalidTransitionError':
        setBlockedBy(result.from);
        return null;
      case 'EmailNotVerifiedError':
        setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
        return null;
      case 'TaxProfileRequiredError':
        setFailure({ kind: 'notice', notice: <TaxProfileRequiredNotice /> });
        return null;
      default:
        return assertNever(result);
    }
  };

  const run = async (action: 'save' | 'submit', work: () => Promise<void>) => {
    clearProblems();
    setBusy(action);
    try {
      await work();
    } catch (error) {
      setFailure({ kind: 'error', error });
    } finally {
      setBusy(null);
    }
  };

  const onSaveDraft = () =>
    run('save', async () => {
      if (await save()) notifications.show({ color: 'teal', message: t('apply.saved') });
    });

  const onSubmitForReview = () =>
    run('submit', async () => {
      const applicationId = await save(true);
      if (!applicationId) return;
      const { data } = await submitApplication({ variables: { input: { applicationId } } });
      const result = data?.submitApplication;
      if (!result) throw new Error('submitApplication returned no data');
      switch (result.__typename) {
        case 'ApplicationSuccess':
          notifications.show({ color: 'teal', title: t('apply.submittedTitle'), message: t('apply.submitted') });
          window.scrollTo({ top: 0, behavior: 'smooth' });
          return;
        case 'InvalidInputError':
          showProblems(result.fieldErrors);
          return;
        case 'InvalidTransitionError':
          setBlockedBy(result.from);
          return;
        case 'EmailNotVerifiedError':
          setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
          window.scrollTo({ top: 0, behavior: 'smooth' });
          return;
        case 'TaxProfileRequiredError':
          setFailure({ kind: 'notice', notice: <TaxProfileRequiredNotice /> });
          window.scrollTo({ top: 0, behavior: 'smooth' });
          return;
        default:
          assertNever(result);
      }
    });

  const addOffering = () => {
    form.insertListItem('offerings', emptyOffering(form.getValues().languages, language));
  };

  const input = (path: keyof ApplicationValues) => ({ id: fieldId(path), ...form.getInputProps(path) });
  const range = useRangeFormat();

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) void onSaveDraft();
      }}
    >
      <Stack gap="xl">
        {problems && <ErrorSummary placed={problems.placed} unplaced={problems.unplaced} />}
        <FormFailure failure={failure} />
        {blockedBy && (
          <Alert color="orange" variant="light" role="alert" title={t('apply.blockedTitle')}>
            {t('apply.blocked', { status: t(`applicationStatus.${blockedBy}.name`) })}
          </Alert>
        )}

        <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0} className={readOnly ? classes.readOnly : undefined}>
          <Stack gap="xl">
            <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="application-profile-title">
              <Stack gap="md">
                <Stack gap={2}>
                  <Title order={2} size="h3" id="application-profile-title">
                    {t('apply.profileTitle')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('apply.profileIntro')}
                  </Text>
                </Stack>
                <TextInput
                  label={t('apply.displayName')}
                  description={t('apply.displayNameHint')}
                  autoComplete="name"
                  required
                  {...input('displayName')}
                />
                <TextInput
                  label={t('apply.headline')}
                  description={t('apply.headlineHint', range(limits.headline))}
                  required
                  {...input('headline')}
                />
                <CountedTextarea
                  label={t('apply.bio')}
                  description={t('apply.bioHint', range(limits.bio))}
                  minRows={6}
                  maxRows={20}
                  text={values.bio}
                  max={limits.bio.max}
                  {...input('bio')}
                />
                <TagsInput
                  label={t('apply.skills')}
                  description={t('apply.skillsHint', { max: limits.skills })}
                  maxTags={limits.skills}
                  splitChars={[',', ';']}
                  clearable
                  required
                  {...input('skills')}
                />
                <MultiSelect
                  label={t('apply.categories')}
                  description={t('apply.categoriesHint', { max: limits.categories })}
                  data={categoryOptions}
                  maxValues={limits.categories}
                  searchable
                  hidePickedOptions
                  nothingFoundMessage={t('apply.nothingFound')}
                  required
                  {...input('categoryIds')}
                />
                <LanguageMultiSelect label={t('apply.languages')} chosen={values.languages} {...input('languages')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <Select
                    label={t('apply.country')}
                    data={countryOptions}
                    searchable
                    nothingFoundMessage={t('apply.nothingFound')}
                    autoComplete="off"
                    allowDeselect={false}
                    required
                    {...input('country')}
                  />
                  <Select
                    label={t('apply.timeZone')}
                    description={t('apply.timeZoneHint')}
                    data={timeZones}
                    searchable
                    limit={50}
                    maxDropdownHeight={260}
                    allowDeselect={false}
                    nothingFoundMessage={t('apply.nothingFound')}
                    required
                    {...input('timeZone')}
                  />
                </SimpleGrid>
                <Checkbox
                  label={t('apply.adultConfirmed')}
                  {...form.getInputProps('adultConfirmed', { type: 'checkbox' })}
                  id={fieldId('adultConfirmed')}
                />
              </Stack>
            </Paper>

            <Stack gap="md" component="section" aria-labelledby="application-offerings-title" id={fieldId('offerings')}>
              <Stack gap={2}>
                <Title order={2} size="h3" id="application-offerings-title">
                  {t('apply.offeringsTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('apply.offeringsIntro', { max: limits.offerings })}
                </Text>
              </Stack>
              {form.errors.offerings && (
                <Text size="sm" c="red">
                  {form.errors.offerings}
                </Text>
              )}
              {values.offerings.map((offering, index) => (
                <OfferingFieldset
                  key={offering.key}
                  form={form}
                  index={index}
                  categoryOptions={categoryOptions}
                  onRemove={readOnly ? null : () => form.removeListItem('offerings', index)}
                />
              ))}
              {!readOnly && values.offerings.length < limits.offerings && (
                <Group>
                  <Button variant="light" onClick={addOffering}>
                    {t('apply.addOffering')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Stack>
        </Fieldset>

        {!readOnly && (
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm" c="dimmed" maw={460}>
                {t('apply.actionsHint')}
              </Text>
              <Group gap="sm">
                <Button type="submit" variant="default" loading={busy === 'save'} disabled={busy === 'submit'}>
                  {t('apply.saveDraft')}
                </Button>
                <Button onClick={() => void onSubmitForReview()} loading={busy === 'submit'} disabled={busy === 'save'}>
                  {t('apply.submit')}
                </Button>
              </Group>
            </Group>
          </Paper>
        )}
      </Stack>

      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('apply.leave.title')} centered>
        <Stack gap="md">
          <Text size="sm">{t('apply.leave.text')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('apply.leave.stay')}
            </Button>
            <Button color="red" onClick={() => blocker.proceed?.()}>
              {t('apply.leave.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
