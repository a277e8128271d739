import { Component, type ErrorInfo, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What this boundary holds, in the UI's language ("产业链 / Chain"): said when it fails. */
  what: string;
  children: ReactNode;
  /** Called before a retry re-renders the children (e.g. to make a failed lazy chunk load again). */
  onRetry?: () => void;
  /** A small inline box (a panel) or a page-wide one (a page, the app). */
  size?: 'panel' | 'page';
}

interface State {
  error: Error | null;
  componentStack: string;
}

declare global {
  interface Window {
    /** Names of boundaries whose children should throw (fault injection for tests and scripting). */
    __xsbnFaults?: Set<string>;
  }
}

/** Throws when a test or a script asked this part to fail (window.__xsbnFaults). */
function InjectedFault({ name }: { name: string }): null {
  if (typeof window !== 'undefined' && window.__xsbnFaults?.has(name)) {
    throw new Error(`injected fault: ${name}`);
  }
  return null;
}

/**
 * Catches what its children throw while rendering and shows what failed, with 重试 / Retry and the
 * error text to copy; everything outside it keeps working. A boundary in error retries by itself when
 * the network comes back (a lazy chunk that could not be fetched offline).
 */
export class ErrorBoundary extends Component<Props & { name: string }, State> {
  override state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: Error, info: ErrorInfo): void {
    // main.tsx's onCaughtError logs it (as a warning); here it only needs the component stack.
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  override componentDidMount(): void {
    window.addEventListener('online', this.onOnline);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.onOnline);
  }

  private onOnline = () => {
    if (this.state.error) this.retry();
  };

  retry = () => {
    window.__xsbnFaults?.delete(this.props.name);
    this.props.onRetry?.();
    this.setState({ error: null, componentStack: '' });
  };

  override render(): ReactNode {
    const { error, componentStack } = this.state;
    if (error) {
      return (
        <ErrorFallback
          what={this.props.what}
          name={this.props.name}
          error={error}
          componentStack={componentStack}
          size={this.props.size ?? 'panel'}
          onRetry={this.retry}
        />
      );
    }
    return (
      <>
        <InjectedFault name={this.props.name} />
        {this.props.children}
      </>
    );
  }
}

/** A chunk of the app's code that could not be fetched (offline, or a new build replaced it). */
export function isChunkLoadError(e: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically|Failed to fetch|Unable to preload CSS/i.test(
    e.message,
  );
}

function ErrorFallback({
  what,
  name,
  error,
  componentStack,
  size,
  onRetry,
}: {
  what: string;
  name: string;
  error: Error;
  componentStack: string;
  size: 'panel' | 'page';
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const report = [`${what} (${name})`, `${error.name}: ${error.message}`, error.stack ?? '', componentStack]
    .filter(Boolean)
    .join('\n');
  const chunk = isChunkLoadError(error);
  // Online and still failing: the browser keeps a module that failed to load as failed for the page's
  // life (no new request is made), so only a reload fetches it again.
  const stuck = chunk && navigator.onLine;
  return (
    <div className={`error-box ${size}`} role="alert" data-testid={`error-${name}`}>
      <p className="error-title">{t('errors.failed', { what })}</p>
      <p className="muted">{chunk ? t(stuck ? 'errors.chunkOnline' : 'errors.chunk') : t('errors.rest')}</p>
      <div className="btn-row">
        {/* When only a reload can help, it is the first choice (Retry still helps where only a
            stylesheet failed). */}
        <button
          type="button"
          className={stuck ? undefined : 'primary'}
          onClick={onRetry}
          data-testid={`retry-${name}`}
        >
          {t('errors.retry')}
        </button>
        {stuck ? (
          <button
            type="button"
            className="primary"
            onClick={() => window.location.reload()}
            data-testid={`reload-${name}`}
          >
            {t('errors.reload')}
          </button>
        ) : null}
      </div>
      <details className="error-details">
        <summary>{t('errors.details')}</summary>
        <textarea readOnly value={report} rows={6} aria-label={t('errors.details')} />
        <button
          type="button"
          className="small"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(report)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {copied ? t('errors.copied') : t('errors.copy')}
        </button>
      </details>
    </div>
  );
}
