/**
 * Recognises page clutter in a line of article text: donation and membership appeals,
 * newsletter forms, share and player widgets, photo captions, bylines, "most read" labels.
 * Works line by line on any news page's text, not on a list of known lines: each rule names
 * a kind of clutter that news templates share.
 */
export type ClutterKind = 'appeal' | 'widget' | 'caption' | 'byline' | 'label';

/** Whole-line labels of widgets and navigation. */
const LABEL =
  /^(?:accessibility links|breaking news|skip to content|edit post|advertisement|ad|share|share this article.*|comments?(?: \(\d+\))?|read more|also read|others are reading now|most read|most popular|related|related articles|you might also like|more news|news feed|editors'? picks|trending|latest|subscribe|sign in|log in|menu|search|close|print|email|tweet|please wait|loading\.*|video|watch|listen|image|photo|gallery|\d+x\d+ image|paiment methods|payment methods|.*\bindicates required)$/i;
/** Phrases that only a site's furniture uses. */
const WIDGET =
  /\b(?:no media source currently available|(?:our|the|this|a) newsletter|this audio is created with|enter your email|please,? enter correct email|successfully subscribed|successfuly subscribed|thank you for signing up|sign up for (?:our|the) newsletter|remind me later|not ready to support|click here|to find out more|become a member|gift (?:a )?membership|cookie|terms of use|privacy policy|all rights reserved)\b|^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)+$|^(?:visa|mastercard|americanexpress|paypal)(?:\s|$)/i;
const CAPTION =
  /\b(?:getty images|ap photo|reuters\/|afp(?: via getty)?|copyright|photo(?:graph)?:|via ap\b|illustrative purposes|file photo|\(photo|pool photo)\b/i;
const BYLINE =
  /^(?:by\s+[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3}$|by\s+.{0,80}\b\d+\s+min(?:ute)? read\b)|^(?:published|updated|posted)\s*:?\s+\w+/iu;
/** Words of a publication asking for money or sign-ups. */
const APPEAL_SIGNALS = [
  /\b(?:we|we'?ve|we'?re|our|us)\b/i,
  /\byou(?:r)?\b/i,
  /\bsupport(?:ers?|ing)?\b/i,
  /\bmembers?(?:hip)?\b/i,
  /\bdonat\w*/i,
  /\bsubscri\w*/i,
  /\bcontribut\w*/i,
  /\breaders?\b/i,
  /\bjournalism\b|\bjournalists\b/i,
  /\bthank(?:s| you)?\b/i,
  /\bfund(?:ed|ing)?\b/i,
  /\bindependent (?:news|journalism|media)\b/i,
];

export function classifyClutter(line: string): ClutterKind | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text) return 'label';
  if (LABEL.test(text)) return 'label';
  if (WIDGET.test(text)) return 'widget';
  if (CAPTION.test(text)) return 'caption';
  if (BYLINE.test(text)) return 'byline';
  const signals = APPEAL_SIGNALS.filter((re) => re.test(text)).length;
  if (
    signals >= 3 ||
    (signals >= 2 && /\b(?:we|our|us)\b/i.test(text) && /\b(?:you|your|readers?|support\w*|member\w*)\b/i.test(text))
  )
    return 'appeal';
  return null;
}

export function isClutter(line: string): boolean {
  return classifyClutter(line) !== null;
}
