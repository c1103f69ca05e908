import { useState } from 'react';
import type { Failure } from './errors';

/**
 * The failure a form shows above its fields (see FormFailure), and `attempt` to submit: it clears the last failure,
 * runs the submission, and shows anything it throws (network, server…) as an unexpected error.
 * The submission itself still handles its result union with an exhaustive switch.
 */
export function useFormFailure() {
  const [failure, setFailure] = useState<Failure | null>(null);
  const attempt = async (submission: () => Promise<void>): Promise<void> => {
    setFailure(null);
    try {
      await submission();
    } catch (error) {
      setFailure({ kind: 'error', error });
    }
  };
  return { failure, setFailure, attempt };
}
