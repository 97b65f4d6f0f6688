/**
 * What the browser says when a message to the background is lost because its service worker
 * stopped or restarted while answering (Chromium and Firefox wordings). The reader never reads
 * these: a call that fails so is made once more, then told in plain words (`ServiceRestartedError`).
 */
const CHANNEL_LOST = [
  /message channel closed before a response was received/i,
  /message port closed before a response was received/i,
  /could not establish connection\. receiving end does not exist/i,
  /message manager disconnected/i,
  /destroyed before query .* was resolved/i,
];

/** Whether `err` is the browser losing the message channel, not an error of Crosscheck's own. */
export function isChannelLost(err: unknown): boolean {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return CHANNEL_LOST.some((re) => re.test(message));
}
