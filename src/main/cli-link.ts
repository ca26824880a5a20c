/**
 * The CLI side of the support link. `push-preflight check '<link>' --url-query 'txSecret=…&txTime=…'`
 * (or the user's full push URL after the link) runs the check the link describes; `--share-link`
 * prints the link for a check's URL instead of running it. Pure functions over argv and parsed
 * options: the link is turned into the plain `check` arguments it stands for, so the check's own
 * parser validates the result a second time.
 */
import i18next from 'i18next'
import {
  buildDeepLink,
  isDeepLinkLike,
  parseDeepLink,
  pushUrlFromLink,
  signatureProblem,
  type DeepLink,
  type DeepLinkError
} from '../shared/deep-link'
import { I18N_OPTIONS } from '../shared/i18n'
import type { PushUrl } from '../shared/push-url'
import { TRANSPORT_DEFAULT_PORTS } from '../shared/transport'
import type { CheckOptions } from './cli-args'
import { parsePushUrl } from './preflight/url-parse'

type Prepared = { ok: true; args: string[] } | { ok: false; error: string }

/** Check options a link cannot carry: secrets, and settings of the user's own machine. */
const NOT_IN_LINK = [
  '--key',
  '--backup-key',
  '--dns',
  '--clock-server',
  '--no-clock',
  '--ca',
  '--full-urls',
  '--include-host-name',
  '--no-real-probe',
  '--push-real-stream'
]

/** English text of a refused link (CLI errors are English, like the rest of its argument errors). */
function linkErrorText(e: DeepLinkError): string {
  const t = i18next.createInstance()
  void t.init({ ...I18N_OPTIONS, lng: 'en', initAsync: false })
  return t.t(`link.error.${e.code}`, { field: e.field ?? '', max: 1024 })
}

/** True when `flag` is among the arguments, as `--flag` or `--flag=value`. */
function hasFlag(args: readonly string[], flag: string): boolean {
  return args.some((a) => a === flag || a.startsWith(flag + '='))
}

/** Take `--url-query Q` / `--url-query=Q` out of the arguments. */
function takeUrlQuery(args: string[]): { query?: string; rest: string[]; error?: string } {
  const rest: string[] = []
  let query: string | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a !== '--url-query' && !a.startsWith('--url-query=')) {
      rest.push(a)
      continue
    }
    if (query !== undefined) return { rest, error: '--url-query is given twice' }
    query = a === '--url-query' ? args[++i] : a.slice('--url-query='.length)
    if (query === undefined || query === '' || query.startsWith('--'))
      return { rest, error: '--url-query needs a value' }
  }
  return { query, rest }
}

/** `txSecret=…&txTime=…` (a leading `?` tolerated) into the signature, or what is wrong with it. */
function signatureFrom(query: string): { txSecret: string; txTime: string } | string {
  const sig = { txSecret: '', txTime: '' }
  for (const piece of query.replace(/^\?/, '').split('&')) {
    if (piece === '') continue
    const eq = piece.indexOf('=')
    const name = eq < 0 ? piece : piece.slice(0, eq)
    if (name !== 'txSecret' && name !== 'txTime') {
      return `--url-query takes only txSecret and txTime (the part after ? in your push URL), got ${JSON.stringify(name.slice(0, 20))}`
    }
    sig[name] = piece.slice(eq + 1)
  }
  const bad = signatureProblem(sig)
  return bad
    ? `--url-query: ${bad} is missing or not letters and digits (copy it from your push URL)`
    : sig
}

/** The flags a link's options stand for; a flag the user typed wins over the link's. */
function linkFlags(l: DeepLink, typed: readonly string[]): string[] {
  const flags: Array<[string, string | true | undefined]> = [
    ['--transports', l.transports?.join(',')],
    ['--rtmps-port', l.rtmpsPort?.toString()],
    ['--srt-port', l.srtPort?.toString()],
    ['--push-seconds', l.pushSeconds?.toString()],
    ['--no-push', l.noPush ? true : undefined],
    ['--uplink', l.uplink ? true : undefined],
    ['--bitrate', l.bitrateKbps?.toString()],
    ['--show-hours', l.showHours?.toString()],
    ['--auth-delta', l.authDeltaSec?.toString()],
    ['--lang', l.lang]
  ]
  return flags.flatMap(([flag, v]) =>
    v === undefined || hasFlag(typed, flag) ? [] : v === true ? [flag] : [`${flag}=${v}`]
  )
}

/** The user's own push URL given after the link: it must be for the link's stream. */
function matchingUrl(link: DeepLink, url: string): string | { error: string } {
  const p = parsePushUrl({ url })
  // An unusable URL is passed on: the check's own parser says what is wrong with it.
  if (!p.ok) return url
  const same = p.url.host === link.domain && p.url.app === link.app && p.url.stream === link.stream
  if (same) return url
  return {
    error: `your push URL is for ${p.url.host}/${p.url.app}/${p.url.stream}, the support link for ${link.domain}/${link.app}/${link.stream}: use the URL of the stream support asked about`
  }
}

/**
 * Prepare the arguments of `check`: a support link among them becomes the push URL it stands for
 * (signed with `--url-query` or replaced by the user's own URL) plus its options as flags; and
 * `--share-link` is refused with options a link cannot carry. Arguments without a link pass as they are.
 */
export function prepareCheckArgs(argv: readonly string[]): Prepared {
  const share = hasFlag(argv, '--share-link')
  const misplaced = share ? NOT_IN_LINK.find((f) => hasFlag(argv, f)) : undefined
  if (misplaced) {
    const why = misplaced.includes('key') ? 'the user types their own' : 'tell the user separately'
    return {
      ok: false,
      error: `--share-link makes a link without secrets or local settings: drop ${misplaced} (${why})`
    }
  }
  const links = argv.filter(isDeepLinkLike)
  const q = takeUrlQuery(argv.filter((a) => !isDeepLinkLike(a)))
  if (q.error) return { ok: false, error: q.error }
  if (links.length === 0) {
    return q.query === undefined
      ? { ok: true, args: [...argv] }
      : { ok: false, error: '--url-query goes with a support link (push-preflight://check?…)' }
  }
  if (links.length > 1) return { ok: false, error: 'give one support link, not several' }
  const parsed = parseDeepLink(links[0])
  if (!parsed.ok) return { ok: false, error: `the support link: ${linkErrorText(parsed)}` }
  const link = parsed.link
  const ownUrls = q.rest.filter((a) => /^(rtmps?|srt):\/\//i.test(a))
  let url: string
  if (ownUrls.length > 0 && q.query !== undefined) {
    return { ok: false, error: 'give either --url-query or your full push URL, not both' }
  } else if (ownUrls.length > 0) {
    const m = matchingUrl(link, ownUrls[0])
    if (typeof m !== 'string') return { ok: false, error: m.error }
    url = m
  } else if (q.query !== undefined) {
    const sig = signatureFrom(q.query)
    if (typeof sig === 'string') return { ok: false, error: sig }
    url = pushUrlFromLink(link, sig)
  } else if (share) {
    url = pushUrlFromLink(link)
  } else {
    return {
      ok: false,
      error: `this support link opens a check of ${pushUrlFromLink(link)}: add your signature with --url-query 'txSecret=…&txTime=…' (the part after ? in your push URL), or put your full push URL after the link`
    }
  }
  const rest = q.rest.filter((a) => !ownUrls.includes(a))
  return { ok: true, args: [url, ...linkFlags(link, rest), ...rest] }
}

/** The support link of a check: its URL's names (never the signature) and its options. */
export function shareLinkFor(
  url: PushUrl,
  o: CheckOptions
): { ok: true; link: string } | { ok: false; error: string } {
  if (url.hostKind !== 'name') {
    return {
      ok: false,
      error: 'cannot make a support link: it needs the push domain name, not an IP address'
    }
  }
  const link: DeepLink = {
    domain: url.host,
    app: url.app,
    stream: url.stream,
    protocol: url.scheme,
    port:
      url.portExplicit && url.port !== TRANSPORT_DEFAULT_PORTS[url.scheme] ? url.port : undefined,
    transports: o.transports,
    rtmpsPort: o.rtmpsPort,
    srtPort: o.srtPort,
    pushSeconds: o.pushSeconds,
    noPush: o.noPush || undefined,
    uplink: o.uplink,
    bitrateKbps: o.plannedKbps,
    showHours: o.showLengthSec === undefined ? undefined : Math.round(o.showLengthSec / 3.6) / 1000,
    authDeltaSec: o.authDeltaSec,
    lang: o.lang === 'en' || o.lang === 'id' || o.lang === 'zh-CN' ? o.lang : undefined
  }
  const built = buildDeepLink(link)
  return built.ok
    ? built
    : { ok: false, error: `cannot make a support link: ${linkErrorText(built)}` }
}
