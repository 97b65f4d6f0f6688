/** Speech reporting verbs of news prose. */
const SAYS = String.raw`(?:said|says|say|told|tells|added|adds|stated|states|announced|announces|reported|reports|confirmed|confirms|claimed|claims|warned|warns|wrote|writes|noted|notes|explained|explains)`;
/** ", X said (on Tuesday)." / "— X told Reuters." at the end; "according to X" anywhere; "X said (that)" at the start. */
const ATTRIBUTION = [
  new RegExp(String.raw`[,—–-]\s*(?:[^,.;—–]{0,80}?\s)?${SAYS}\b[^,;—–]{0,60}$`, 'i'),
  new RegExp(String.raw`[,—–-]\s*${SAYS}\s+[^,;—–]{0,80}$`, 'i'),
  // The names that follow "according to" (it has no comma to end at: "According to Lloyd's List tracking data there are ...").
  /\b[Aa]ccording to\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*){1,6}/,
  new RegExp(String.raw`^[^,;]{1,80}?\s${SAYS}\s+(?:that\s+)?`, 'i'),
];

/** The statement without the words that attribute it to someone (general news prose, not story words). */
export function withoutAttribution(text: string): string {
  let out = text;
  for (const re of ATTRIBUTION) out = out.replace(re, ' ');
  return out;
}
