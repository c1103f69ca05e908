import { useMutation } from '@apollo/client/react';
import { Button, Input, Rating, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { BookingPageDocument, SubmitReviewDocument } from '@skillcall/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { fieldErrorsFailure } from '../../lib/field-errors';

export const reviewBodyMaxLength = 2000;

/**
 * "Rate this session": 1 to 5 stars and a text, published at once. The API checks both (a rating from 1 to 5, 10 to
 * 2,000 characters) and its field errors show under the fields; the booking page is asked again once it is written.
 */
export function ReviewForm({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  const ratingLabelId = useId();
  const ratingErrorId = useId();
  const [submitReview] = useMutation(SubmitReviewDocument, { refetchQueries: [BookingPageDocument], awaitRefetchQueries: true });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({ initialValues: { rating: 0, body: '' } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await submitReview({ variables: { input: { bookingId, rating: values.rating, body: values.body.trim() } } });
      const result = data?.submitReview;
      if (!result) throw new Error('submitReview returned no data');
      switch (result.__typename) {
        case 'ReviewSuccess':
          notifications.show({ color: 'teal', message: t('reviews.published') });
          return;
        case 'ReviewNotAllowedError':
          setFailure({ kind: 'message', message: t('reviews.notAllowed') });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors, 'reviews.fieldErrors'));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  const ratingError = form.errors.rating;
  return (
    <form onSubmit={submit} noValidate data-testid="review-form">
      <Stack gap="sm">
        <FormFailure failure={failure} />
        <Input.Wrapper
          label={t('reviews.rating')}
          labelElement="div"
          labelProps={{ id: ratingLabelId }}
          required
          error={ratingError}
          errorProps={{ id: ratingErrorId }}
        >
          <Rating
            size="lg"
            mt={4}
            role="radiogroup"
            aria-labelledby={ratingLabelId}
            aria-describedby={ratingError ? ratingErrorId : undefined}
            aria-invalid={ratingError ? true : undefined}
            getSymbolLabel={(value) => t('reviews.stars', { count: value })}
            value={form.values.rating}
            onChange={(value) => {
              form.setFieldValue('rating', value);
              form.clearFieldError('rating');
            }}
          />
        </Input.Wrapper>
        <Textarea
          label={t('reviews.body')}
          description={t('reviews.bodyHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={reviewBodyMaxLength}
          {...form.getInputProps('body')}
        />
        <Button type="submit" loading={form.submitting} w="fit-content">
          {t('reviews.submit')}
        </Button>
      </Stack>
    </form>
  );
}
