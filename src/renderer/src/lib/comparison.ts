/**
 * The 4G-hotspot retry's logic, pure: when the evidence points at the network, and what two runs
 * (this network vs the hotspot) say together.
 */
import type { DnsCode } from '@shared/dns'
import { formatList } from '@shared/list-format'
import type { NetworkComparison, Report } from '@shared/report'

/** DNS outcomes that say "this network's DNS is broken", not "the domain is set up wrong". */
const NETWORK_DNS_CODES: readonly DnsCode[] = [
  'dns-servfail',
  'dns-timeout',
  'dns-refused',
  'dns-error'
]

/**
 * True when the evidence points at the network: a `network` cause (filtered or refused port,
 * handshake not answered, DNS failing), or a DNS lookup that failed in a network-like way.
 * URL problems (expiry, signature, CNAME set up wrong) never offer the hotspot retry.
 */
export function networkFailed(r: Report): boolean {
  if (r.causes.some((c) => c.id === 'network')) return true
  const dns = r.checks.dns
  return dns !== undefined && NETWORK_DNS_CODES.includes(dns.code)
}

/** What two runs say together: the first on this network, the second on the hotspot. */
export function conclude(here: Report, hotspot: Report): NetworkComparison['conclusion'] {
  const blockedHere = networkFailed(here)
  const blockedThere = networkFailed(hotspot)
  // Blocked here but not there: the network. A later failure on the hotspot (say a wrong key)
  // shows on the hotspot's own cards; it does not make this network any less blocking.
  if (blockedHere) return blockedThere ? 'fails-both' : 'network-blocks'
  return blockedThere ? 'works-here-only' : 'works-both'
}

/** Placeholders of the conclusion texts: host, port and the addresses to allow (listed for `locale`). */
export function conclusionParams(
  here: Report,
  hotspot: Report | undefined,
  locale: string
): Record<string, string | number> {
  const dns = hotspot?.checks.dns ?? here.checks.dns
  const ips = dns ? [...dns.evidence.addresses.v4, ...dns.evidence.addresses.v6] : []
  const ip = here.inputs.ip ?? hotspot?.inputs.ip
  if (ips.length === 0 && ip) ips.push(ip)
  return {
    host: here.inputs.host ?? '',
    port: here.inputs.port ?? 1935,
    ips: ips.length > 0 ? formatList(ips, locale) : (here.inputs.host ?? '')
  }
}
