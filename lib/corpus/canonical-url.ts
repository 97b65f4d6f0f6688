/**
 * Query parameters that say how the reader came to a page, never which page it is: campaign and
 * click ids of analytics and ad networks, newsletters (Mailchimp's mc_*), referrer tags.
 */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'cmp',
  'ocid',
  'icid',
  'smid',
  'smtyp',
  's_cid',
  'xtor',
  'ito',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  '_ga',
  '_gl',
  'ftag',
  'guccounter',
  'taid',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  // AMP's own switches (?amp, ?amp=1): the same article in another layout.
  'amp',
]);

/** Name prefixes of tracking parameters (utm_source, utm_medium, …; Piwik's pk_*, HubSpot's _hs*). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', '_hs', 'hsa_', 'at_'];

/**
 * The one address of an article, whatever link led to it: `url` (or the page's own
 * `<link rel=canonical>` when it points to the same site) without the #fragment, tracking
 * parameters (utm_*, fbclid, gclid, mc_cid, ref, cmpid, …), AMP forms (an `amp.` host, an /amp/
 * path segment, `.amp.html`, ?amp, ?outputType=amp), `www.` and a trailing slash; http becomes
 * https and the remaining parameters are sorted. Pure; an address that does not parse comes back trimmed.
 */
export function canonicalUrl(url: string, canonicalLink?: string | null): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  const link = canonicalLink ? parseLink(canonicalLink, u) : null;
  if (link && isSameSite(siteOf(link.href), siteOf(u.href))) u = link;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    u.hash = '';
    return u.href;
  }
  const host = u.hostname.replace(/^(?:www\d*|amp)\./, '');
  const path = u.pathname
    // bbc.co.uk/news/world-123.amp, example.com/story.amp.html
    .replace(/\.amp(\.html?)?$/i, (_, html: string | undefined) => html ?? '')
    .split('/')
    .filter((segment) => segment.toLowerCase() !== 'amp')
    .join('/')
    .replace(/\/+$/, '');
  const params = [...u.searchParams].filter(([name, value]) => !isTracking(name, value));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const port = u.port ? `:${u.port}` : '';
  return `https://${host}${port}${path}${search}`;
}

/** The site of an address as the reader names it: its host name without `www.` ('' when it does not parse). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(?:www\d*|amp)\./, '');
  } catch {
    return '';
  }
}

function isTracking(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (TRACKING.has(n)) return true;
  if (n === 'outputtype' && value.toLowerCase() === 'amp') return true;
  return TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function parseLink(link: string, base: URL): URL | null {
  try {
    const u = new URL(link, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Hosts of one site: equal, or one a subdomain of the other (m.bbc.co.uk and bbc.co.uk). */
function isSameSite(a: string, b: string): boolean {
  return a !== '' && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));
}
