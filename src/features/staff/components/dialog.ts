import { useEffect, useState } from 'react';
import { errorMessage } from '@/lib/errors';

/**
 * What the staff screens' confirmation dialogs (deactivating a worker, handing on all their tickets) share:
 * how many open tickets the person has now (null while counting; a failure goes to `onError` in words), and
 * Escape as cancel unless the dialog is busy.
 */
export function useOpenCount(
  countOpen: (uid: string) => Promise<number>,
  uid: string,
  onError: (message: string) => void,
): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    countOpen(uid).then(
      (n) => live && setCount(n),
      (e: unknown) => live && onError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [countOpen, uid, onError]);
  return count;
}

export function useEscapeToCancel(onCancel: () => void, busy: boolean) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onCancel]);
}
