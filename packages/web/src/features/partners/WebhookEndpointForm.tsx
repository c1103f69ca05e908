import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CreateWebhookEndpointDocument, DeveloperWebhooksPageDocument, type WebhookEventType } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { subscribableWebhookEvents } from '../../lib/partner-api';

export interface RevealedSecret {
  url: string;
  secret: string;
}

/**
 * "Add an endpoint": its URL, a note, and the events it receives, each explained in one line. The API checks the URL
 * and the events and its field errors show under the fields; the new secret goes to `onCreated`, to be shown once.
 */
export function WebhookEndpointForm({ onCreated }: { onCreated: (revealed: RevealedSecret) => void }) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateWebhookEndpointDocument, {
    refetchQueries: [DeveloperWebhooksPageDocument],
    awaitRefetchQueries: true,
  });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({ initialValues: { url: '', description: '', eventTypes: [] as WebhookEventType[] } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const input = { url: values.url.trim(), description: values.description.trim() || null, eventTypes: values.eventTypes };
      const { data } = await create({ variables: { input } });
      const result = data?.createWebhookEndpoint;
      if (!result) throw new Error('createWebhookEndpoint returned no data');
      switch (result.__typename) {
        case 'WebhookEndpointSecretPayload':
          notifications.show({ color: 'teal', message: t('webhooks.form.created') });
          onCreated({ url: result.endpoint.url, secret: result.secret });
          form.reset();
          return;
        case 'WebhookEndpointLimitError':
          setFailure({ kind: 'message', message: t('webhooks.form.limit') });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors, 'webhooks.fieldErrors'));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="webhook-form-title">
      <form onSubmit={submit} noValidate data-testid="webhook-endpoint-form">
        <Stack gap="sm">
          <Title order={2} size="h3" id="webhook-form-title">
            {t('webhooks.form.title')}
          </Title>
          <FormFailure failure={failure} />
          <TextInput
            label={t('webhooks.form.url')}
            description={t('webhooks.form.urlHint')}
            placeholder="https://"
            required
            type="url"
            maxLength={2048}
            {...form.getInputProps('url')}
          />
          <TextInput
            label={t('webhooks.form.description')}
            description={t('webhooks.form.descriptionHint')}
            maxLength={200}
            {...form.getInputProps('description')}
          />
          <Checkbox.Group
            label={t('webhooks.form.events')}
            description={t('webhooks.form.eventsHint')}
            required
            {...form.getInputProps('eventTypes')}
          >
            <Stack gap="xs" mt="xs">
              {subscribableWebhookEvents.map((type) => (
                <Checkbox
                  key={type}
                  value={type}
                  label={
                    <>
                      <Text span size="sm" fw={500}>
                        {t(`webhooks.events.${type}.label`)}
                      </Text>{' '}
                      <Text span size="sm" c="dimmed">
                        {t(`webhooks.events.${type}.hint`)}
                      </Text>
                    </>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Button type="submit" loading={form.submitting} w="fit-content">
            {t('webhooks.form.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
