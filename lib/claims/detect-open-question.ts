/**
 * Whether a statement says that something is not known yet ("The cause of the fire is under
 * investigation", "Officials said the cause was not yet known", "It was too early to say what
 * caused the crash", "It is unclear whether ..."): an open question, which neither confirms nor
 * contradicts a firm claim on the same matter ("The fire was caused by lightning"). General
 * English of news reports, not words of any story.
 */
const OPEN_QUESTION = new RegExp(
  [
    String.raw`\bunder\s+(?:investigation|review|inquiry)\b`,
    String.raw`\bbeing\s+(?:investigated|examined|looked\s+into)\b`,
    String.raw`\b(?:not|n['’]t)\s+(?:yet\s+|immediately\s+|been\s+)?(?:known|clear|determined|established)\b`,
    String.raw`\b(?:unknown|unclear|undetermined)\b`,
    String.raw`\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know|determine)\b`,
    String.raw`\b(?:remains?|yet)\s+to\s+be\s+(?:seen|determined|established|confirmed)\b`,
    String.raw`\btrying\s+to\s+(?:determine|establish|find\s+out)\b`,
  ].join('|'),
  'i',
);

export function isOpenQuestion(text: string): boolean {
  return OPEN_QUESTION.test(text);
}
