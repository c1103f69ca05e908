import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { fieldErrorsFailure, validators, type FieldErrorLike } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';

/** What a moderation action came to: done, refused field by field, or refused as a whole (with why). */
export type ModerationOutcome =
  { kind: 'done' } | { kind: 'invalid'; errors: readonly FieldErrorLike[] } | { kind: 'refused'; message: string };

interface ReasonModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What confirming does, in a sentence or two. */
  text: string;
  reasonLabel: string;
  reasonHint?: string;
  reasonRequired: boolean;
  confirmLabel: string;
  color: string;
  /** Runs the action with the trimmed reason; the modal closes when it is done. */
  onConfirm: (reason: string) => Promise<ModerationOutcome>;
}

/** Confirms a moderation action and asks for its reason (the API's field errors show on the reason). */
export function ReasonModal({ opened, onClose, title, ...props }: ReasonModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      <ReasonForm onClose={onClose} {...props} />
    </Modal>
  );
}

function ReasonForm({
  onClose,
  text,
  reasonLabel,
  reasonHint,
  reasonRequired,
  confirmLabel,
  color,
  onConfirm,
}: Omit<ReasonModalProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { reason: '' },
    validate: reasonRequired ? { reason: validators.required('reason') } : {},
  });

  const submit = form.onSubmit(({ reason }) =>
    attempt(async () => {
      const outcome = await onConfirm(reason.trim());
      switch (outcome.kind) {
        case 'done':
          onClose();
          return;
        case 'invalid':
          setFailure(fieldErrorsFailure(form, outcome.errors));
          return;
        case 'refused':
          setFailure({ kind: 'message', message: outcome.message });
          return;
      }
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        <FormFailure failure={failure} />
        <Textarea
          label={reasonLabel}
          description={reasonHint}
          required={reasonRequired}
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={color} loading={form.submitting}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
