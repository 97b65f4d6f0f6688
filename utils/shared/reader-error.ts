import { i18n } from '#i18n';
import { isChannelLost } from './is-channel-lost';

/**
 * An error whose message is written for the reader: in their language, saying what happened and
 * what to do. Only these reach the screen as they are (`readerMessage`); the browser's own error
 * texts ("A listener indicated an asynchronous response…", "UnknownError: Internal error") never do.
 */
export class ReaderError extends Error {
  /**
   * An own, enumerable field: it survives the messaging's serialisation to an extension page,
   * where the class does not (@webext-core/messaging sends name, message, stack and own fields).
   */
  readonly forReader = true;

  constructor(message: string, options?: ErrorOptions & { name?: string }) {
    super(message, options);
    if (options?.name) this.name = options.name;
  }
}

/** Whether `err` is a `ReaderError`, here or as it arrives from the background. */
export function isReaderError(err: unknown): err is Error & { forReader: true } {
  return err instanceof Error && (err as { forReader?: unknown }).forReader === true;
}

/**
 * What to tell the reader of a failure: a `ReaderError`'s own words, the one restart sentence for a
 * message the browser lost, and for anything else (a fault of the browser's or of Crosscheck's) a
 * plain sentence with what to do. The original goes to the console, for whoever debugs it.
 */
export function readerMessage(err: unknown): string {
  if (isReaderError(err)) return err.message;
  if (isChannelLost(err)) return i18n.t('errors.service.restarted');
  console.warn('Crosscheck: a failure the reader is told of in general words', err);
  return i18n.t('errors.unexpected');
}
