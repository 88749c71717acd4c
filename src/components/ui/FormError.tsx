import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A form's message about the whole form (nothing saved, and why), where the person will see it: it scrolls
 * into view and takes the focus when it appears (a screen reader reads it, a phone does not hide it under
 * the bottom bar). Errors about one field stay at that field.
 */
export function FormError({ children, tone = 'error' }: { children: ReactNode; tone?: 'error' | 'ok' }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!children || tone !== 'error' || !ref.current) return;
    ref.current.scrollIntoView?.({ block: 'center' });
    ref.current.focus({ preventScroll: true });
  }, [children, tone]);
  if (!children) return null;
  return (
    <p
      ref={ref}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
      className={`scroll-mb-24 text-base font-medium outline-none ${tone === 'error' ? 'text-red-800' : 'text-green-900'}`}
    >
      {children}
    </p>
  );
}
