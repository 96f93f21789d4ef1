/** Refetch when the core announces that one of the given topics changed. */
import { useEffect, useRef } from 'react';
import type { Topic } from '../../src-shared/contract';
import { onChanged } from './api';

export function useChanged(topics: readonly Topic[], reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const key = topics.join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    return onChanged((changed) => {
      if (changed.some((topic) => wanted.has(topic))) latest.current();
    });
  }, [key]);
}
