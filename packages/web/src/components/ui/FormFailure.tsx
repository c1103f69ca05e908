import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorKind, type Failure } from '../../lib/errors';

/** The form-level alert; submitting again is the retry. */
export function FormFailure({ failure }: { failure: Failure | null }) {
  const { t } = useTranslation();
  if (!failure) return null;
  if (failure.kind === 'notice') return <>{failure.notice}</>;
  return (
    <Alert color="red" variant="light" role="alert">
      {failure.kind === 'message' ? failure.message : t(`errors.${errorKind(failure.error)}`)}
    </Alert>
  );
}
