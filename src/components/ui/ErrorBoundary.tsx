import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '@/i18n';
import { errorKind, errorMessage, reportError } from '@/lib/errors';

interface Props {
  children: ReactNode;
  /** Where it stands, for the report: the whole app, or one screen (inside the shell, which stays). */
  where: 'app' | 'screen';
  /** A screen's boundary lets the person try again when this changes (the next navigation). */
  resetKey?: string;
}

interface State {
  error: unknown;
}

/**
 * A clear message in the person's language and a way out, never a blank page and never a technical
 * message: the root one for the whole app, one per screen so that the navigation stays and the next
 * screen works. A screen whose code did not arrive (offline, before the app was installed) says it needs a
 * connection. Every error caught is reported (src/lib/errors.ts).
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    const component = info.componentStack?.split('\n')[1]?.trim();
    reportError(error, component ? `${this.props.where} ${component}` : this.props.where);
  }

  componentDidUpdate(prev: Props) {
    if (this.state.error !== null && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const kind = errorKind(error);
    const content = (
      <>
        <h1 className="text-2xl font-bold">
          {kind === 'needsConnection' ? t('app.error.offlineTitle') : t('app.error.title')}
        </h1>
        <p className="text-lg">{kind === 'unknown' ? t('app.error.body') : errorMessage(error)}</p>
        <button
          type="button"
          className="tap self-start rounded-xl bg-brand-700 px-4 py-2 text-lg font-medium text-white"
          onClick={() => window.location.reload()}
        >
          {t('app.error.reload')}
        </button>
      </>
    );
    return this.props.where === 'app' ? (
      <main className="mx-auto flex max-w-xl flex-col gap-4 p-6" role="alert">
        {content}
      </main>
    ) : (
      <div className="flex flex-col gap-4 py-4" role="alert">
        {content}
      </div>
    );
  }
}
