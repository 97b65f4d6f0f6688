import type { ComponentChildren } from 'preact';

interface Props {
  tone?: 'neutral' | 'busy' | 'error';
  title: string;
  children?: ComponentChildren;
}

/** A state of the panel that has no results to list: analysing, not an article, an error… */
export function Notice({ tone = 'neutral', title, children }: Props) {
  return (
    <section class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-state={tone}>
      {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children}
    </section>
  );
}
