import type { ReactNode } from 'react';

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <div className={`rounded-2xl border border-stone-200 bg-white p-4 shadow-sm ${className}`}>
      {children}
    </div>
  );
}

export function Section({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="flex flex-col gap-3" aria-label={title}>
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-xl font-bold text-stone-900">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'warn' | 'error';
  title?: string;
  children: ReactNode;
}) {
  const tones = {
    info: 'border-sky-300 bg-sky-50 text-sky-950',
    warn: 'border-amber-400 bg-amber-50 text-amber-950',
    error: 'border-red-400 bg-red-50 text-red-950',
  };
  return (
    <div className={`rounded-2xl border p-4 ${tones[tone]}`} role={tone === 'error' ? 'alert' : undefined}>
      {title && <p className="mb-1 text-lg font-bold">{title}</p>}
      <div className="text-base">{children}</div>
    </div>
  );
}
