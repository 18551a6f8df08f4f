// A class component cannot use hooks: it reads the window's instance, which is in the current language.
import { rendererI18n } from '../lib/i18n'
import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface ErrorBoundaryProps {
  children: ReactNode
  /** What the user can do instead: a link back to Today, a way to close the break. */
  wayBack: ReactNode
  title?: string
}

interface ErrorBoundaryState {
  error: Error | null
}

/**
 * One throwing component must not blank the whole window (Stretchly-style white screens):
 * the page that failed says so and offers "Try again" and a way back, while the rest of the
 * window (the sidebar, the tray) keeps working. Keyed by route where it is used, so moving to
 * another page starts it afresh.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Upright: a page failed to render', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      <section className="notice page-error" role="alert" aria-labelledby="page-error-title">
        <h1 id="page-error-title">{this.props.title ?? rendererI18n.t('pageError.title')}</h1>
        <p>{rendererI18n.t('pageError.text', { reason: error.message })}</p>
        <div className="page-error-actions">
          <button
            type="button"
            onClick={() => {
              this.setState({ error: null })
            }}
          >
            {rendererI18n.t('pageError.tryAgain')}
          </button>
          {this.props.wayBack}
        </div>
      </section>
    )
  }
}
