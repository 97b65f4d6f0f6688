/** The keyboard command declared in wxt.config.ts: compare the page and open the panel. */
export const ANALYSE_COMMAND = 'analyse-page';

/** The keys wxt.config.ts suggests for it (the browser may leave them unset when another extension has them). */
export const ANALYSE_SHORTCUT = 'Alt+Shift+K';
