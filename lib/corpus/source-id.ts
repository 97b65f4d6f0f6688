/**
 * Ids of the reader's own sources: "user-" and 16 hex digits. Shipped ids are "NNN_<hex>"
 * (corpus/manifest.json), so the two can never collide.
 */
const USER_ID = /^user-[0-9a-f]{16}$/;

/** Whether a source id is one of the reader's own (not shipped with the extension). */
export function isUserSourceId(id: string): boolean {
  return USER_ID.test(id);
}

/**
 * A stable id for a reader's source: from its URL when it has one (without the #fragment, so
 * re-adding the same page replaces it), else from its text. The same input always gives the
 * same id, so an exported corpus imported again keeps its ids.
 */
export function createUserSourceId(url: string | undefined, paragraphs: string[]): string {
  const key = url
    ? `url:${normalizeUrl(url)}`
    : `text:${paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).join('\n')}`;
  return `user-${hash64(key)}`;
}

function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

/**
 * A 64-bit hash of a string (cyrb53's two multiply-xor lanes and final mix, both lanes kept
 * whole): fast on a 5 MB text, and ids need no cryptographic strength.
 */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
