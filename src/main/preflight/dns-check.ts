/**
 * DNS check (Tencent step 1, cause `cname`): walk the push host's full CNAME chain, resolve A and
 * AAAA of the last name, and say whether the chain reaches Tencent. Node's `resolveCname` returns
 * one hop only, so the walk is ours: one CNAME query per hop, bounded, with loop detection.
 * Every lookup has a timeout (the c-ares Resolver's own `timeout`/`tries` plus an outer timer that
 * cancels it) and the whole check has a budget; an AbortSignal cancels at once.
 */
import { Resolver } from 'node:dns/promises'
import { isIP } from 'node:net'
import { domainToASCII } from 'node:url'
import type { DnsCode, DnsEvidence, DnsLookup, DnsLookupOutcome, DnsResult } from '../../shared/dns'
import { DNS_CODE_STATUS } from '../../shared/dns'
import { checkResult, startTiming } from '../../shared/result'
import {
  TENCENT_CNAME_SUFFIXES,
  TENCENT_PUSH_HOST_SUFFIXES,
  matchTencentSuffix,
  normalizeDnsName
} from '../../shared/tencent-domains'
import {
  DNS_CHECK_BUDGET_MS,
  DNS_LOOKUP_TIMEOUT_MS,
  DNS_MAX_CNAME_HOPS,
  DNS_RESOLVER_TIMEOUT_DIVISOR,
  DNS_RESOLVER_TRIES
} from './constants'

/** The part of `dns.promises.Resolver` the check uses (a fake can stand in for tests). */
export interface ResolverLike {
  setServers(servers: string[]): void
  getServers(): string[]
  resolveCname(name: string): Promise<string[]>
  resolve4(name: string): Promise<string[]>
  resolve6(name: string): Promise<string[]>
  cancel(): void
}

/** Side effects of the DNS check. */
export interface DnsDeps {
  /** A fresh resolver with the system's DNS servers (from the OS configuration). */
  createResolver(options: { timeout: number; tries: number }): ResolverLike
  now(): number
}

/** Real side effects: c-ares resolvers, wall clock. */
export const realDeps: DnsDeps = {
  createResolver: (options) => new Resolver(options),
  now: () => Date.now()
}

/** Options of the DNS check. */
export interface DnsCheckOptions {
  /** A DNS server to ask instead of the system's: `IPv4[:port]`, `IPv6` or `[IPv6]:port`. */
  server?: string
  /** Timeout of each lookup, ms (default DNS_LOOKUP_TIMEOUT_MS). */
  timeoutMs?: number
}

/** A parsed `--dns` server option. */
export interface DnsServerAddress {
  ip: string
  port: number
  /** The form `Resolver.setServers` takes: `ip:port` or `[v6]:port`. */
  address: string
}

/**
 * Parse a DNS server option: `192.0.2.1`, `192.0.2.1:5353`, `::1`, `[::1]:5353`. Only IP
 * addresses: c-ares cannot take a host name as a server. Returns undefined when invalid.
 */
export function parseDnsServer(input: string): DnsServerAddress | undefined {
  const s = input.trim()
  let ip: string
  let portText: string | undefined
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(s)
  if (bracketed) {
    ip = bracketed[1]
    portText = bracketed[2]
    if (isIP(ip) !== 6) return undefined
  } else if (isIP(s) === 6) {
    ip = s // bare IPv6: its colons are not a port separator
  } else {
    const m = /^([^:]+)(?::(\d+))?$/.exec(s)
    if (!m || isIP(m[1]) !== 4) return undefined
    ip = m[1]
    portText = m[2]
  }
  const port = portText === undefined ? 53 : Number(portText)
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined
  const address = isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`
  return { ip, port, address }
}

/**
 * The one place raw Node/c-ares error codes become lookup outcomes. ENODATA (name exists, no
 * record of that type) is not a failure in itself: it ends a CNAME walk.
 */
export function mapDnsError(err: unknown): { outcome: DnsLookupOutcome; rawCode: string } {
  const raw =
    typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
      ? (err as { code: string }).code
      : 'EUNKNOWN'
  const table: Record<string, DnsLookupOutcome> = {
    ENODATA: 'nodata',
    ENOTFOUND: 'nxdomain',
    ESERVFAIL: 'servfail',
    ETIMEOUT: 'timeout',
    ECONNREFUSED: 'refused',
    EREFUSED: 'refused',
    ECANCELLED: 'cancelled',
    EDESTRUCTION: 'cancelled'
    // EFORMERR, EBADRESP, ENOTIMP, EBADNAME, EBADQUERY, EOF, ENOMEM, …: 'error' below.
  }
  return { outcome: table[raw] ?? 'error', rawCode: raw }
}

/** The result code of a failed lookup; `atHost` = the failing name is the push host itself. */
function failureCode(outcome: DnsLookupOutcome, atHost: boolean): DnsCode {
  switch (outcome) {
    case 'nxdomain':
      return atHost ? 'dns-nxdomain' : 'dns-cname-target-nxdomain'
    case 'nodata':
      return 'dns-no-addresses'
    case 'servfail':
      return 'dns-servfail'
    case 'timeout':
      return 'dns-timeout'
    case 'refused':
      return 'dns-refused'
    case 'cancelled':
      return 'dns-cancelled'
    case 'ok':
    case 'error':
      return 'dns-error'
  }
}

/** A DNS name we can query: ASCII (IDN converted), 1–63 octet labels, ≤ 253 octets. */
function toQueryName(host: string): string | undefined {
  const ascii = domainToASCII(normalizeDnsName(host))
  if (!ascii || ascii.length > 253) return undefined
  // Underscores are allowed: legal in DNS names even if not in host names.
  const label = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/
  return ascii.split('.').every((l) => label.test(l)) ? ascii : undefined
}

type LookupType = DnsLookup['type']

/** How a DNS check ended: its code and what the evidence gains at that point. */
interface Outcome {
  code: DnsCode
  extra?: Partial<DnsEvidence>
}

/** What every lookup of one check shares (one object per call: checks may overlap). */
interface LookupContext {
  deps: DnsDeps
  signal?: AbortSignal
  server?: DnsServerAddress
  /** Timeout of each lookup, ms. */
  timeoutMs: number
  /** The whole check's end, on deps.now. */
  deadline: number
  /** Settles when the signal aborts, raced against every lookup so cancel never waits. */
  aborted: Promise<'aborted'>
  /** Every lookup made, in order (the evidence's list). */
  lookups: DnsLookup[]
}

/** A resolver for one lookup: c-ares timeout from its budget, the chosen server if any. */
function newResolver(ctx: Pick<LookupContext, 'deps' | 'server'>, budgetMs: number): ResolverLike {
  const r = ctx.deps.createResolver({
    timeout: Math.max(1, Math.floor(budgetMs / DNS_RESOLVER_TIMEOUT_DIVISOR)),
    tries: DNS_RESOLVER_TRIES
  })
  if (ctx.server) r.setServers([ctx.server.address])
  return r
}

/** Runs one query; its answers or the error it failed with. Never rejects. */
function query(
  resolver: ResolverLike,
  type: LookupType,
  qname: string
): Promise<{ answers: string[] } | { err: unknown }> {
  const call =
    type === 'CNAME'
      ? resolver.resolveCname(qname)
      : type === 'A'
        ? resolver.resolve4(qname)
        : resolver.resolve6(qname)
  // Settle both ways so a late rejection after cancel() is never unhandled.
  return call.then(
    (answers) => ({ answers }),
    (err: unknown) => ({ err })
  )
}

/** One lookup with its own resolver (so cancel() hits only it), timed and bounded. */
async function lookup(ctx: LookupContext, type: LookupType, qname: string): Promise<DnsLookup> {
  const { deps } = ctx
  const t0 = deps.now()
  const budget = Math.min(ctx.timeoutMs, ctx.deadline - t0)
  const record = (
    outcome: DnsLookupOutcome,
    answers: string[] = [],
    rawCode?: string
  ): DnsLookup => {
    const l: DnsLookup = { type, name: qname, outcome, answers, startedAt: t0, durationMs: 0 }
    if (rawCode) l.rawCode = rawCode
    l.durationMs = deps.now() - t0
    ctx.lookups.push(l)
    return l
  }
  if (ctx.signal?.aborted) return record('cancelled', [], 'ECANCELLED')
  if (budget <= 0) return record('timeout', [], 'ETIMEOUT')
  const resolver = newResolver(ctx, budget)
  const settled = query(resolver, type, qname)
  let timer: NodeJS.Timeout | undefined
  const guard = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), budget)
  })
  try {
    const won = await Promise.race([settled, guard, ctx.aborted])
    if (won === 'timeout' || won === 'aborted') {
      resolver.cancel()
      return won === 'timeout'
        ? record('timeout', [], 'ETIMEOUT')
        : record('cancelled', [], 'ECANCELLED')
    }
    if ('answers' in won) return record('ok', won.answers.map(normalizeDnsName))
    const mapped = mapDnsError(won.err)
    return record(mapped.outcome, [], mapped.rawCode)
  } finally {
    clearTimeout(timer)
  }
}

/** Walks the CNAME chain from `chain[0]`, one hop per query, growing `chain` in place. */
async function walkChain(ctx: LookupContext, chain: string[]): Promise<Outcome | undefined> {
  for (;;) {
    const current = chain[chain.length - 1]
    const l = await lookup(ctx, 'CNAME', current)
    if (l.outcome === 'nodata') return undefined // `current` exists and is not an alias
    if (l.outcome !== 'ok') {
      const code = failureCode(l.outcome, chain.length === 1)
      return { code, extra: { failedName: current, rawCode: l.rawCode } }
    }
    const target = l.answers[0]
    if (!target) return { code: 'dns-error', extra: { failedName: current, rawCode: 'EBADRESP' } }
    const loops = chain.includes(target)
    chain.push(target)
    if (loops) return { code: 'dns-chain-loop', extra: { failedName: target } }
    if (chain.length - 1 > DNS_MAX_CNAME_HOPS) return { code: 'dns-chain-too-long' }
  }
}

/** A and AAAA of the chain's last name, into the evidence; an Outcome when there are none. */
async function resolveAddresses(
  ctx: LookupContext,
  chain: readonly string[],
  evidence: DnsEvidence
): Promise<Outcome | undefined> {
  const last = chain[chain.length - 1]
  const [v4, v6] = await Promise.all([lookup(ctx, 'A', last), lookup(ctx, 'AAAA', last)])
  evidence.addresses = { v4: v4.answers, v6: v6.answers }
  if (v4.outcome === 'ok' || v6.outcome === 'ok') return undefined
  // Both empty: the chain ends without addresses. Otherwise the first real error decides.
  const decisive = [v4, v6].find((l) => l.outcome !== 'nodata')
  if (!decisive) return { code: 'dns-no-addresses', extra: { failedName: last } }
  const code = failureCode(decisive.outcome, chain.length === 1)
  return { code, extra: { failedName: last, rawCode: decisive.rawCode } }
}

/** Whether the push host, or any hop of its chain, is Tencent's (and as which kind of name). */
function tencentVerdict(name: string, chain: readonly string[]): Outcome {
  const hostMatch = matchTencentSuffix(name, TENCENT_PUSH_HOST_SUFFIXES)
  if (hostMatch) {
    const tencent = { index: 0, suffix: hostMatch.suffix, role: hostMatch.role }
    return { code: 'dns-tencent-host', extra: { tencent } }
  }
  // Any hop counts, not only the last one: past Tencent's CNAME target, Tencent's own DNS
  // continues the chain into internal names that are on no public list, and a customer may
  // CNAME through a name of their own first.
  const suffixes = [...TENCENT_CNAME_SUFFIXES, ...TENCENT_PUSH_HOST_SUFFIXES]
  const hops = chain.slice(1).flatMap((n, i) => {
    const match = matchTencentSuffix(n, suffixes)
    return match ? [{ index: i + 1, suffix: match.suffix, role: match.role }] : []
  })
  if (hops.length > 0) {
    // A chain that touches Tencent only via the playback suffix most likely uses the playback
    // domain's CNAME value for the push domain.
    const onlyPlay = hops.every((h) => h.role === 'play')
    return {
      code: onlyPlay ? 'dns-tencent-play-cname' : 'dns-tencent-cname',
      extra: { tencent: hops[0] }
    }
  }
  return { code: chain.length === 1 ? 'dns-no-cname' : 'dns-foreign-cname' }
}

/** The lookups of a valid query name: chain, addresses, then the Tencent verdict. */
async function resolveHost(
  ctx: LookupContext,
  name: string,
  evidence: DnsEvidence
): Promise<Outcome> {
  const chain = evidence.chain
  return (
    (await walkChain(ctx, chain)) ??
    (await resolveAddresses(ctx, chain, evidence)) ??
    tencentVerdict(name, chain)
  )
}

/** Run the DNS check for `host` (a push URL's host: a name, IPv4, or IPv6 with or without []). */
export async function checkDns(
  host: string,
  opts: DnsCheckOptions = {},
  deps: DnsDeps = realDeps,
  signal?: AbortSignal
): Promise<DnsResult> {
  const clock = startTiming(() => deps.now())
  const bare = host.trim().replace(/^\[(.*)\]$/, '$1')
  const evidence: DnsEvidence = {
    host: bare,
    chain: [],
    addresses: { v4: [], v6: [] },
    lookups: []
  }
  const finish = ({ code, extra = {} }: Outcome): DnsResult =>
    checkResult('dns', code, DNS_CODE_STATUS, { ...evidence, ...extra }, clock.timing())

  if (signal?.aborted) return finish({ code: 'dns-cancelled' })
  if (isIP(bare)) return finish({ code: 'dns-raw-ip' })
  const name = toQueryName(bare)
  if (!name) return finish({ code: 'dns-bad-host' })
  const server = opts.server === undefined ? undefined : parseDnsServer(opts.server)
  if (opts.server !== undefined && !server) return finish({ code: 'dns-bad-server' })

  const timeoutMs = Math.max(1, opts.timeoutMs ?? DNS_LOOKUP_TIMEOUT_MS)
  const deadline = clock.origin + Math.max(DNS_CHECK_BUDGET_MS, timeoutMs)
  const servers = newResolver({ deps, server }, timeoutMs).getServers()
  evidence.resolver = { kind: server ? 'server' : 'system', servers, timeoutMs }
  evidence.chain = [name]

  let onAbort: (() => void) | undefined
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted')
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  const ctx: LookupContext = {
    deps,
    signal,
    server,
    timeoutMs,
    deadline,
    aborted,
    lookups: evidence.lookups
  }
  try {
    return finish(await resolveHost(ctx, name, evidence))
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
}
