/**
 * Tencent Cloud CSS domain suffixes, kept as data (from Tencent's CSS documentation), and the one
 * suffix matcher used by the DNS check. Pure: no node: imports, usable in the renderer.
 */

/** Where a suffix is seen: as a CNAME target of a customer's domain, or as a push host itself. */
export interface TencentSuffix {
  /** Without the leading `*.`; matches strict subdomains only. */
  suffix: string
  /**
   * 'push' = the push (ingest) side; 'play' = the playback side, whose CNAME a push domain should
   * not use; 'any' = seen on both or not documented.
   */
  role: 'push' | 'play' | 'any'
  /** Human note on where the suffix comes from. */
  note: string
}

/** CNAME targets Tencent gives customers' domains (console: Domain Management → CNAME column). */
export const TENCENT_CNAME_SUFFIXES: readonly TencentSuffix[] = [
  { suffix: 'livepush.myqcloud.com', role: 'push', note: 'push domain CNAME target' },
  { suffix: 'tlivepush.com', role: 'push', note: 'push domain CNAME target' },
  { suffix: 'tlivecdn.com', role: 'any', note: 'CSS CDN CNAME target' },
  { suffix: 'liveplay.myqcloud.com', role: 'play', note: 'playback domain CNAME target' }
]

/** Tencent's own test/default push domains: a push host under one of these needs no CNAME. */
export const TENCENT_PUSH_HOST_SUFFIXES: readonly TencentSuffix[] = [
  { suffix: 'livepush.myqcloud.com', role: 'push', note: 'Tencent default push domain' },
  { suffix: 'tlivepush.com', role: 'push', note: 'Tencent test push domain' },
  { suffix: 'push.tlivecloud.com', role: 'push', note: 'Tencent test push domain' }
]

/** A DNS name in the form used for comparisons: trimmed, lower case, no trailing dot. */
export function normalizeDnsName(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase()
}

/**
 * The entry of `list` that `name` is a strict subdomain of, or undefined. Matches on label
 * boundaries only, so `eviltlivepush.com` does not match `tlivepush.com`; the bare suffix itself
 * does not match either (Tencent always hands out names below it).
 */
export function matchTencentSuffix(
  name: string,
  list: readonly TencentSuffix[]
): TencentSuffix | undefined {
  const n = normalizeDnsName(name)
  return list.find((s) => n.endsWith(`.${s.suffix}`) && n.length > s.suffix.length + 1)
}
