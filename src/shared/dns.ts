/**
 * Types of the DNS check (Tencent step 1, cause `cname`): result codes, evidence, and the status
 * each code carries. Pure types and tables only; the check is src/main/preflight/dns-check.ts.
 */
import { formatList, type Wording } from './list-format'
import type { CheckResult, CheckStatus } from './result'

/** Every outcome of the DNS check. Messages: src/shared/i18n/en/dns.ts. */
export const DNS_CODES = [
  /** The chain reaches a Tencent CNAME target and the final name has addresses. */
  'dns-tencent-cname',
  /** The push host itself is a Tencent test/default push domain: no CNAME needed. */
  'dns-tencent-host',
  /** The chain reaches Tencent only through the playback CNAME (liveplay): likely the wrong one. */
  'dns-tencent-play-cname',
  /** The push host has address records but no CNAME. */
  'dns-no-cname',
  /** The chain ends somewhere that is not Tencent. */
  'dns-foreign-cname',
  /** The push host does not exist in DNS. */
  'dns-nxdomain',
  /** A CNAME in the chain points at a name that does not exist (dangling CNAME). */
  'dns-cname-target-nxdomain',
  /** The chain ends in a name without A or AAAA records. */
  'dns-no-addresses',
  /** The resolver answered SERVFAIL. */
  'dns-servfail',
  /** A lookup got no answer within its timeout. */
  'dns-timeout',
  /** The DNS server refused the query, or nothing answers on its port. */
  'dns-refused',
  /** Any other resolver error (bad response, malformed name, …); raw code in evidence. */
  'dns-error',
  /** The CNAME chain loops back on itself. */
  'dns-chain-loop',
  /** The CNAME chain is longer than DNS_MAX_CNAME_HOPS. */
  'dns-chain-too-long',
  /** The push host is an IP address: nothing to resolve (see the txHost check). */
  'dns-raw-ip',
  /** The host is not a valid DNS name. */
  'dns-bad-host',
  /** The `--dns` server option is not `IP[:port]` / `[IPv6]:port`. */
  'dns-bad-server',
  /** The run was cancelled. */
  'dns-cancelled'
] as const
export type DnsCode = (typeof DNS_CODES)[number]

/** Status each code carries; 'skipped' = the check did not (fully) run, see the code. */
export const DNS_CODE_STATUS: Record<DnsCode, CheckStatus> = {
  'dns-tencent-cname': 'pass',
  'dns-tencent-host': 'pass',
  'dns-tencent-play-cname': 'warn',
  'dns-no-cname': 'fail',
  'dns-foreign-cname': 'fail',
  'dns-nxdomain': 'fail',
  'dns-cname-target-nxdomain': 'fail',
  'dns-no-addresses': 'fail',
  'dns-servfail': 'fail',
  'dns-timeout': 'fail',
  'dns-refused': 'fail',
  'dns-error': 'fail',
  'dns-chain-loop': 'fail',
  'dns-chain-too-long': 'fail',
  'dns-raw-ip': 'skipped',
  'dns-bad-host': 'skipped',
  'dns-bad-server': 'skipped',
  'dns-cancelled': 'skipped'
}

/** How one lookup ended, after mapping the raw Node/c-ares error code. */
export const DNS_LOOKUP_OUTCOMES = [
  'ok',
  'nodata',
  'nxdomain',
  'servfail',
  'timeout',
  'refused',
  'cancelled',
  'error'
] as const
export type DnsLookupOutcome = (typeof DNS_LOOKUP_OUTCOMES)[number]

/** One query the check made, with its timing. */
export interface DnsLookup {
  type: 'CNAME' | 'A' | 'AAAA'
  name: string
  outcome: DnsLookupOutcome
  /** Records returned (CNAME target or addresses). */
  answers: string[]
  /** Raw Node error code (ENOTFOUND, ETIMEOUT, …) when the lookup failed. */
  rawCode?: string
  startedAt: number
  durationMs: number
}

/** Which resolver answered. */
export interface DnsResolverInfo {
  /** 'system' = the OS's configured DNS servers; 'server' = the one named by the user. */
  kind: 'system' | 'server'
  /** Server addresses as the resolver reports them (`ip` or `ip:port`, `[v6]:port`). */
  servers: string[]
  /** Timeout applied to each lookup, ms. */
  timeoutMs: number
}

/** Evidence of the DNS check: plain data. */
export interface DnsEvidence {
  /** The host as given (IPv6 without brackets). */
  host: string
  resolver?: DnsResolverInfo
  /** The host, then each CNAME target in order. Only the host when there is no CNAME. */
  chain: string[]
  /** Index in `chain` of the first Tencent name, and which suffix matched. */
  tencent?: { index: number; suffix: string; role: 'push' | 'play' | 'any' }
  /** Addresses of the last name of the chain. */
  addresses: { v4: string[]; v6: string[] }
  /** Every lookup in order. */
  lookups: DnsLookup[]
  /** The name whose lookup decided a failure (e.g. the dangling CNAME target). */
  failedName?: string
  /** Raw Node error code that decided a failure. */
  rawCode?: string
}

/** Result of the DNS check. */
export type DnsResult = CheckResult<'dns', DnsCode, DnsEvidence>

/**
 * Values for the {{placeholders}} of the DNS messages (src/shared/i18n/en/dns.ts). With a wording,
 * lists and the resolver's name are in the UI language; without one, in English.
 */
export function dnsMessageParams(result: DnsResult, wording?: Wording): Record<string, string> {
  const e = result.evidence
  const locale = wording?.locale ?? 'en'
  const chain = e.chain.length > 0 ? e.chain : [e.host]
  const addresses = [...e.addresses.v4, ...e.addresses.v6]
  const servers = formatList(e.resolver?.servers ?? [], locale)
  const kind = e.resolver ? e.resolver.kind : 'unknown'
  const resolver = wording
    ? wording.t(`dns.resolver.${kind}`, { servers })
    : { system: `system DNS ${servers}`, server: `DNS server ${servers}`, unknown: 'DNS' }[kind]
  return {
    host: e.host,
    chain: chain.join(' → '),
    last: chain[chain.length - 1],
    failedName: e.failedName ?? chain[chain.length - 1],
    resolver,
    timeoutMs: String(e.resolver?.timeoutMs ?? ''),
    rawCode: e.rawCode ?? '',
    suffix: e.tencent?.suffix ?? '',
    addresses: addresses.length > 0 ? formatList(addresses, locale) : '—'
  }
}
