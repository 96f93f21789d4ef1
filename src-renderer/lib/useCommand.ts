/**
 * A command run from a form or dialog: `busy` while it runs (to disable the button), and when it
 * fails its reason as a translated sentence in `error` (errorText); a new run clears the old error.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './errors';

export function useCommand() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (command: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await command();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }, [t]);
  return { busy, error, setError, run };
}
