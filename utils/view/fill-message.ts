/**
 * A message whose values are not plain text (a bold button name, a headline marked `lang="en"`),
 * as parts to render: the text split at each `{name}`, with `parts[name]` in its place. Ask
 * i18n for the message with each such value as its own placeholder, so the words around it stay
 * in the order the language puts them:
 * `fillMessage(i18n.t('welcome.compare.click', { button: '{button}', keys: '{keys}' }), { button: <strong>…</strong>, keys: <kbd>…</kbd> })`.
 */
export function fillMessage<T>(message: string, parts: Record<string, T>): Array<string | T> {
  return message
    .split(/(\{[A-Za-z0-9_]+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{([A-Za-z0-9_]+)\}$/.exec(piece)?.[1];
      return name !== undefined && Object.hasOwn(parts, name) ? parts[name]! : piece;
    });
}
