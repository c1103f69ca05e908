import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CreateApiKeyDocument, MyApiKeysDocument, type ApiKeyFieldsFragment, type ApiKeyScope } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { apiKeyScopes } from '../../lib/partner-api';

export const apiKeyNameMaxLength = 80;

/** Name a new key and tick what it may reach; the API checks both and answers with the secret, once. */
export function ApiKeyCreateForm({ onCreated }: { onCreated: (created: { secret: string; apiKey: ApiKeyFieldsFragment }) => void }) {
  const { t } = useTranslation();
  const [createApiKey] = useMutation(CreateApiKeyDocument, { refetchQueries: [MyApiKeysDocument], awaitRefetchQueries: true });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm<{ name: string; scopes: ApiKeyScope[] }>({ initialValues: { name: '', scopes: [] } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await createApiKey({ variables: { input: { name: values.name.trim(), scopes: values.scopes } } });
      const result = data?.createApiKey;
      if (!result) throw new Error('createApiKey returned no data');
      switch (result.__typename) {
        case 'CreateApiKeySuccess':
          form.reset();
          onCreated({ secret: result.secret, apiKey: result.apiKey });
          return;
        case 'ApiKeyLimitReachedError':
          setFailure({ kind: 'message', message: t('apiKeys.create.limitReached') });
          return;
        case 'EmailNotVerifiedError':
          setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors, 'apiKeys.fieldErrors'));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="api-key-create-title">
      <form onSubmit={submit} noValidate data-testid="api-key-form">
        <Stack gap="md">
          <Title order={2} size="h3" id="api-key-create-title">
            {t('apiKeys.create.title')}
          </Title>
          <FormFailure failure={failure} />
          <TextInput
            label={t('apiKeys.create.name')}
            description={t('apiKeys.create.nameHint')}
            required
            maxLength={apiKeyNameMaxLength}
            {...form.getInputProps('name')}
          />
          <Checkbox.Group
            label={t('apiKeys.create.scopes')}
            description={t('apiKeys.create.scopesHint')}
            required
            {...form.getInputProps('scopes')}
          >
            <Stack gap="sm" mt="xs">
              {apiKeyScopes.map((scope) => (
                <Checkbox
                  key={scope}
                  value={scope}
                  label={t(`apiKeys.scopes.${scope}.label`)}
                  description={t(`apiKeys.scopes.${scope}.hint`)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('apiKeys.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
