/**
 * A real DNS server on loopback (dns2), UDP and TCP on the same random port, answering from a zone
 * that can change while it runs. The demo mode ships it as part of the app; the tests use the same
 * code (test/fixtures re-exports it). It answers like a recursive resolver would:
 * - a CNAME query for a CNAME'd name gets just that one CNAME record (so Node's `resolveCname`
 *   sees one hop and the caller must walk the chain itself);
 * - an A/AAAA query for a CNAME'd name gets the whole chain plus the final addresses;
 * - a chain ending in a missing name gets NXDOMAIN (with the chain so far), a loop gets SERVFAIL.
 * Names not in the zone are NXDOMAIN; a name that exists without the asked type is NODATA.
 */
import type { AddressInfo, Socket } from 'node:net'
import dns2 from 'dns2'

const { Packet, UDPServer, TCPServer } = dns2

/** Addresses (and optionally a delay) for a name; an empty entry is a name with no records. */
export interface AddressEntry {
  a?: readonly string[]
  aaaa?: readonly string[]
  /** Answer this many ms late (still within any sane client timeout unless the test says so). */
  delayMs?: number
}

/** A name that is an alias of another name (one hop; chains are several entries). */
export interface CnameEntry {
  cname: string
  delayMs?: number
}

/**
 * What the server does for one name. 'silent' never answers (a dead or firewalled resolver);
 * 'servfail' / 'nxdomain' answer with that response code.
 */
export type ZoneEntry = AddressEntry | CnameEntry | 'nxdomain' | 'servfail' | 'silent'

/**
 * Name → entry. Names are matched case-insensitively, trailing dot ignored. The key '*' is the
 * fallback for every name not listed (default: NXDOMAIN) — `{ '*': 'silent' }` makes the whole
 * server silent.
 */
export type Zone = Record<string, ZoneEntry>

/** One query the server received, for assertions. */
export interface SeenQuery {
  name: string
  type: string
  transport: 'udp' | 'tcp'
  at: number
}

/** A running fixture server. */
export interface DnsServerFixture {
  port: number
  address: '127.0.0.1'
  /** Every query received, in order (capped at MAX_LOGGED_QUERIES). */
  queries: SeenQuery[]
  /** Replace the whole zone. */
  setZone(zone: Zone): void
  /** Add or replace one name. */
  set(name: string, entry: ZoneEntry): void
  /** Remove one name (it falls back to '*' or NXDOMAIN). */
  remove(name: string): void
  close(): Promise<void>
}

// Bounds so a bad zone or a flood can never make the fixture loop or grow without end.
const MAX_CHAIN = 32
const MAX_LOGGED_QUERIES = 10_000
const MAX_PORT_ATTEMPTS = 10
const TTL = 60
// Response codes (RFC 1035 §4.1.1); dns2 has them at runtime but not in its typings.
const RCODE = { FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3 } as const

type DnsPacket = InstanceType<typeof Packet>
type Send = (response: DnsPacket) => Promise<unknown>

/** Canonical form of a DNS name for zone lookups. */
function norm(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase()
}

function typeName(type: number): string {
  const entry = Object.entries(Packet.TYPE).find(([, v]) => v === type)
  return entry ? entry[0] : String(type)
}

function isCname(entry: ZoneEntry): entry is CnameEntry {
  return typeof entry === 'object' && 'cname' in entry
}

/** Decide the answer for one question. `undefined` means stay silent. */
function answer(
  zone: Map<string, ZoneEntry>,
  request: DnsPacket
): { response: DnsPacket; delayMs: number } | undefined {
  const response = Packet.createResponseFromRequest(request)
  // We act as a recursive resolver: recursion available, not authoritative.
  response.header.ra = 1
  const question = request.questions[0]
  if (!question) {
    response.header.rcode = RCODE.FORMERR
    return { response, delayMs: 0 }
  }
  const lookup = (n: string): ZoneEntry => zone.get(n) ?? zone.get('*') ?? 'nxdomain'
  let name = norm(question.name)
  let delayMs = 0
  const seen = new Set<string>()
  for (let hop = 0; hop < MAX_CHAIN; hop++) {
    const entry = lookup(name)
    if (entry === 'silent') return undefined
    if (entry === 'servfail' || entry === 'nxdomain') {
      response.header.rcode = entry === 'servfail' ? RCODE.SERVFAIL : RCODE.NXDOMAIN
      return { response, delayMs }
    }
    delayMs += entry.delayMs ?? 0
    if (isCname(entry)) {
      response.answers.push({
        name,
        type: Packet.TYPE.CNAME,
        class: Packet.CLASS.IN,
        ttl: TTL,
        domain: norm(entry.cname)
      } as DnsPacket['answers'][number])
      // A CNAME query is answered with the CNAME itself; other types follow the chain.
      if (question.type === Packet.TYPE.CNAME) return { response, delayMs }
      seen.add(name)
      name = norm(entry.cname)
      if (seen.has(name)) break // loop: fall through to SERVFAIL like BIND/Unbound do
      continue
    }
    const list =
      question.type === Packet.TYPE.A
        ? entry.a
        : question.type === Packet.TYPE.AAAA
          ? entry.aaaa
          : undefined
    for (const address of list ?? []) {
      response.answers.push({
        name,
        type: question.type,
        class: Packet.CLASS.IN,
        ttl: TTL,
        address
      } as DnsPacket['answers'][number])
    }
    // NOERROR with no answer of the asked type = NODATA.
    return { response, delayMs }
  }
  response.answers = []
  response.header.rcode = RCODE.SERVFAIL
  return { response, delayMs }
}

/** One server's mutable state (one object per server: several may run in one process). */
interface ServerState {
  zone: Map<string, ZoneEntry>
  queries: SeenQuery[]
  timers: Set<NodeJS.Timeout>
  sockets: Set<Socket>
  closed: boolean
}

/** Zone key of a name: '*' stays the fallback, any other name is normalised. */
function zoneKey(name: string): string {
  return name === '*' ? name : norm(name)
}

/** The request handler of one transport: logs the query, answers (late if the zone says so). */
function requestHandler(
  state: ServerState,
  transport: 'udp' | 'tcp'
): (request: DnsPacket, send: Send) => void {
  return (request: DnsPacket, send: Send): void => {
    const q = request.questions[0]
    if (state.queries.length < MAX_LOGGED_QUERIES) {
      state.queries.push({
        name: q ? norm(q.name) : '',
        type: q ? typeName(q.type) : '',
        transport,
        at: Date.now()
      })
    }
    const decided = answer(state.zone, request)
    if (!decided || state.closed) return
    const reply = (): void => {
      if (!state.closed) send(decided.response).catch(() => undefined)
    }
    if (decided.delayMs <= 0) return reply()
    const t = setTimeout(() => {
      state.timers.delete(t)
      reply()
    }, decided.delayMs)
    state.timers.add(t)
  }
}

/** UDP and TCP servers listening on one port number. */
interface BoundPair {
  port: number
  udp: InstanceType<typeof UDPServer>
  tcp: InstanceType<typeof TCPServer>
}

/**
 * One try at binding UDP on a random port, then TCP on that number; undefined (UDP closed again)
 * when another process holds the number on TCP.
 */
async function bindPair(state: ServerState): Promise<BoundPair | undefined> {
  const udp = new UDPServer({ type: 'udp4' })
  udp.on('request', requestHandler(state, 'udp'))
  udp.on('requestError', () => undefined)
  await udp.listen(0, '127.0.0.1')
  const port = udp.address().port
  const tcp = new TCPServer()
  tcp.on('request', requestHandler(state, 'tcp'))
  tcp.on('requestError', () => undefined)
  tcp.on('connection', (s: Socket) => {
    state.sockets.add(s)
    s.on('close', () => state.sockets.delete(s))
  })
  const bound = await new Promise<boolean>((resolve) => {
    tcp.once('error', () => resolve(false))
    tcp.listen(port, '127.0.0.1', () => resolve(true))
  })
  if (!bound) {
    await new Promise<void>((resolve) => udp.close(() => resolve()))
    return undefined
  }
  if ((tcp.address() as AddressInfo).port !== port) throw new Error('TCP port mismatch')
  return { port, udp, tcp }
}

/** The running fixture over its state and bound servers. */
function fixture(state: ServerState, { port, udp, tcp }: BoundPair): DnsServerFixture {
  const { zone } = state
  return {
    port,
    address: '127.0.0.1',
    queries: state.queries,
    setZone: (z) => {
      zone.clear()
      for (const [k, v] of Object.entries(z)) zone.set(zoneKey(k), v)
    },
    set: (name, entry) => void zone.set(zoneKey(name), entry),
    remove: (name) => void zone.delete(zoneKey(name)),
    close: async () => {
      if (state.closed) return
      state.closed = true
      for (const t of state.timers) clearTimeout(t)
      state.timers.clear()
      for (const s of state.sockets) s.destroy()
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve()))
      ])
    }
  }
}

/** Start the server on 127.0.0.1 (UDP and TCP on one random port, as resolvers expect). */
export async function startDnsServer(initial: Zone = {}): Promise<DnsServerFixture> {
  const zone = new Map<string, ZoneEntry>()
  for (const [k, v] of Object.entries(initial)) zone.set(zoneKey(k), v)
  const state: ServerState = {
    zone,
    queries: [],
    timers: new Set(),
    sockets: new Set(),
    closed: false
  }
  // c-ares uses the same port number for UDP and TCP (TCP after a truncated UDP answer), so bind
  // UDP on a random port, then TCP on that number; retry if another process holds it on TCP.
  for (let attempt = 0; attempt < MAX_PORT_ATTEMPTS; attempt++) {
    const pair = await bindPair(state)
    if (pair) return fixture(state, pair)
  }
  throw new Error(`could not bind UDP+TCP on one port in ${MAX_PORT_ATTEMPTS} attempts`)
}
