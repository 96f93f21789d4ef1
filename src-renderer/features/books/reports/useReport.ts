/** Loads a report and loads it again whenever the ledger changes; only the latest answer is shown. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors';
import { useChanged } from '../../../lib/useChanged';

/** `fetch` must be memoised (useCallback) on what the report depends on. */
export function useReport<T>(fetch: (() => Promise<T>) | null) {
  const { t } = useTranslation();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const serial = useRef(0);

  const load = useCallback(async () => {
    const mine = ++serial.current;
    if (!fetch) return setData(null);
    try {
      const result = await fetch();
      if (mine === serial.current) {
        setData(result);
        setError(null);
      }
    } catch (e) {
      if (mine === serial.current) setError(errorText(t, e));
    }
  }, [fetch, t]);

  useEffect(() => void load(), [load]);
  useChanged(['ledger'], () => void load());
  return { data, error };
}
