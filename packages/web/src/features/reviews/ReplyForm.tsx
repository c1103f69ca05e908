import { useMutation } from '@apollo/client/react';
import { Button, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { BookingPageDocument, ReplyToReviewDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { reviewBodyMaxLength } from './ReviewForm';

/** The expert's reply to the review of their session: once, published at once, neither edited nor deleted. */
export function ReplyForm({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const [replyToReview] = useMutation(ReplyToReviewDocument, { refetchQueries: [BookingPageDocument], awaitRefetchQueries: true });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({ initialValues: { body: '' } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await replyToReview({ variables: { input: { reviewId, body: values.body.trim() } } });
      const result = data?.replyToReview;
      if (!result) throw new Error('replyToReview returned no data');
      switch (result.__typename) {
        case 'ReviewSuccess':
          notifications.show({ color: 'teal', message: t('reviews.replyPublished') });
          return;
        case 'ReplyNotAllowedError':
          setFailure({ kind: 'message', message: t('reviews.replyNotAllowed') });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors, 'reviews.fieldErrors'));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="reply-form">
      <Stack gap="sm">
        <FormFailure failure={failure} />
        <Textarea
          label={t('reviews.replyLabel')}
          description={t('reviews.replyHint')}
          required
          autosize
          minRows={2}
          maxRows={8}
          maxLength={reviewBodyMaxLength}
          {...form.getInputProps('body')}
        />
        <Button type="submit" loading={form.submitting} w="fit-content">
          {t('reviews.reply')}
        </Button>
      </Stack>
    </form>
  );
}
