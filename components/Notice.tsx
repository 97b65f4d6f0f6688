import type { ComponentChildren } from 'preact';

interface Props {
  tone?: 'neutral' | 'busy' | 'error';
  title: string;
  /** Which state of the panel this is (`data-state`), for tests and styles; defaults to the tone. */
  state?: string;
  children?: ComponentChildren;
}

/** A state of the panel that has no results to list: analysing, not an article, an error… */
export function Notice({ tone = 'neutral', title, state, children }: Props) {
  return (
    <section
      class={`notice notice-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-busy={tone === 'busy' ? 'true' : undefined}
      data-state={state ?? tone}
    >
      {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children}
    </section>
  );
}
