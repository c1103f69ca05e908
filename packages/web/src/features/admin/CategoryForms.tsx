import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  type NumberInputProps,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  AdminCategoriesPageDocument,
  CreateCategoryDocument,
  UpdateCategoryDocument,
  type CategoryResultFieldsFragment,
  type CategoryTree_CategoryFragment,
} from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever, type Failure } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { currentLanguage } from '../../lib/i18n';
import { categoryName } from '../../lib/category-name';

type FormLike = Parameters<typeof fieldErrorsFailure>[0];

/** Success: true; refused: the failure to show (field errors are placed on the form's fields). */
function handleResult(result: CategoryResultFieldsFragment | undefined, form: FormLike): true | Failure | null {
  if (!result) throw new Error('the category mutation returned no data');
  switch (result.__typename) {
    case 'CategorySuccess':
      return true;
    case 'InvalidInputError':
      return fieldErrorsFailure(form, result.fieldErrors);
    default:
      return assertNever(result);
  }
}

const positionOf = (value: number | string) => (typeof value === 'number' ? value : undefined);

/** A category's display order among its siblings. */
function PositionInput(props: NumberInputProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t('admin.categories.position')}
      description={t('admin.categories.positionHint')}
      min={0}
      max={1000}
      allowDecimal={false}
      allowNegative={false}
      {...props}
    />
  );
}

/** Adds a top-level category or a sub-category (one level deep), with its URL slug and both names. */
export function CreateCategoryForm({ parents }: { parents: CategoryTree_CategoryFragment[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { failure, setFailure, attempt } = useFormFailure();
  const [createCategory] = useMutation(CreateCategoryDocument, {
    refetchQueries: [AdminCategoriesPageDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { slug: '', nameEn: '', nameFr: '', parentId: null as string | null, position: '' as number | string },
    validate: { slug: validators.required('slug'), nameEn: validators.required('nameEn'), nameFr: validators.required('nameFr') },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await createCategory({
        variables: {
          input: {
            slug: values.slug.trim(),
            nameEn: values.nameEn.trim(),
            nameFr: values.nameFr.trim(),
            parentId: values.parentId,
            position: positionOf(values.position),
          },
        },
      });
      const outcome = handleResult(data?.createCategory, form);
      if (outcome === true) {
        notifications.show({
          color: 'teal',
          message: t('admin.categories.created', { name: language === 'fr' ? values.nameFr : values.nameEn }),
        });
        form.reset();
      } else setFailure(outcome);
    }),
  );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="create-category-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="create-category-title">
            {t('admin.categories.createTitle')}
          </Title>
          <FormFailure failure={failure} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('admin.categories.nameEn')} required {...form.getInputProps('nameEn')} />
            <TextInput label={t('admin.categories.nameFr')} required {...form.getInputProps('nameFr')} />
            <TextInput
              label={t('admin.categories.slug')}
              description={t('admin.categories.slugHint')}
              required
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('slug')}
            />
            <Select
              label={t('admin.categories.parent')}
              placeholder={t('admin.categories.noParent')}
              data={parents.map((parent) => ({ value: parent.id, label: categoryName(parent, language) }))}
              clearable
              searchable
              {...form.getInputProps('parentId')}
            />
            <PositionInput {...form.getInputProps('position')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('admin.categories.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type Editable = Pick<CategoryTree_CategoryFragment, 'id' | 'nameEn' | 'nameFr' | 'position' | 'slug'>;

/** Renames a category or changes its position among its siblings. */
export function EditCategoryModal({ category, onClose }: { category: Editable | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={category !== null} onClose={onClose} title={t('admin.categories.editTitle')} centered>
      {category && <EditCategoryForm key={category.id} category={category} onClose={onClose} />}
    </Modal>
  );
}

function EditCategoryForm({ category, onClose }: { category: Editable; onClose: () => void }) {
  const { t } = useTranslation();
  const { failure, setFailure, attempt } = useFormFailure();
  const [updateCategory] = useMutation(UpdateCategoryDocument, {
    refetchQueries: [AdminCategoriesPageDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { nameEn: category.nameEn, nameFr: category.nameFr, position: category.position as number | string },
    validate: { nameEn: validators.required('nameEn'), nameFr: validators.required('nameFr') },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await updateCategory({
        variables: {
          input: { id: category.id, nameEn: values.nameEn.trim(), nameFr: values.nameFr.trim(), position: positionOf(values.position) },
        },
      });
      const outcome = handleResult(data?.updateCategory, form);
      if (outcome === true) {
        notifications.show({ color: 'teal', message: t('admin.categories.updated') });
        onClose();
      } else setFailure(outcome);
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('admin.categories.editIntro', { slug: category.slug })}
        </Text>
        <FormFailure failure={failure} />
        <TextInput label={t('admin.categories.nameEn')} required data-autofocus {...form.getInputProps('nameEn')} />
        <TextInput label={t('admin.categories.nameFr')} required {...form.getInputProps('nameFr')} />
        <PositionInput {...form.getInputProps('position')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('admin.categories.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
