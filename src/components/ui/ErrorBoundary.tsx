import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '@/i18n';

interface State {
  error: Error | null;
}

/** Last line of defence: a clear message in the user's language and a way out, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('[app] uncaught error', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="mx-auto flex max-w-xl flex-col gap-4 p-6" role="alert">
        <h1 className="text-2xl font-bold">{t('app.error.title')}</h1>
        <p className="text-lg">{t('app.error.body')}</p>
        <button
          type="button"
          className="tap rounded-xl bg-brand-700 px-4 py-2 text-lg font-medium text-white"
          onClick={() => window.location.reload()}
        >
          {t('app.error.reload')}
        </button>
        <details className="text-sm text-stone-700">
          <summary>{t('app.error.details')}</summary>
          <code className="break-all">{error.message}</code>
        </details>
      </main>
    );
  }
}
