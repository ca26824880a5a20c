/**
 * A local Tencent-like RTMP ingest: Tencent CSS push rules on node-media-server 4.4.3's RTMP
 * protocol engine, started in-process on a random loopback port. The demo mode (run-demo.ts)
 * ships it as part of the app; the tests use the very same code (test/fixtures re-exports it).
 * Plain Node: never imports electron.
 *
 * Why NMS's `Rtmp` protocol class and not `new NodeMediaServer(config)`: the server class keeps all
 * state in a process-wide singleton (`core/context.js`: config, sessions, broadcasts, one event
 * emitter), cannot listen on port 0 (a falsy port disables the listener), calls `process.exit(1)`
 * on a listen error, opens a `./data` store on disk and starts a global rate-sampler timer. None
 * of that fits a fixture that must run twice in one process and leave nothing behind. The wire
 * behaviour (handshake, connect/createStream replies, `NetStream.Publish.Start`, chunking) is
 * NMS's own code; only the session layer (what RtmpSession does: route callbacks, close the socket
 * on rejection) is re-done, per instance, in ./ingest/session.ts.
 *
 * The pieces live in ./ingest: the public types, Tencent's push rules, NMS's protocol class, the
 * registry one ingest shares among its connections, and the session that serves one connection.
 * This file starts the listener and hands out the ingest's API.
 */
import net from 'node:net'
import { IngestRegistry } from './ingest/registry'
import { IngestSession, type SessionConfig } from './ingest/session'
import type { Ingest, IngestOptions } from './ingest/types'

export * from './ingest/types'

/** Default wait for waitFor* helpers. */
const DEFAULT_WAIT_MS = 10_000

/** The session config from the options, defaults applied; throws on a signed ingest without a key. */
function sessionConfig(opts: IngestOptions): SessionConfig {
  const requireSignature = opts.requireSignature ?? true
  if (requireSignature && !opts.key && !opts.backupKey) {
    throw new Error('startIngest: a key is required unless requireSignature is false')
  }
  return {
    style: opts.style ?? 'nms',
    readLimitKbps: opts.readLimitKbps,
    rules: {
      requireSignature,
      key: opts.key,
      backupKey: opts.backupKey,
      authDeltaSec: opts.authDeltaSec ?? 0,
      takeover: opts.takeover ?? false,
      now: opts.now ?? Date.now
    }
  }
}

/** Listens on a random port of `host`; resolves with the port. */
async function listen(server: net.Server, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('ingest: no TCP address')
  return address.port
}

/** The running ingest's API over its registry and listener. */
function ingestApi(reg: IngestRegistry, server: net.Server, host: string, port: number): Ingest {
  return {
    port,
    host,
    baseUrl: `rtmp://${host.includes(':') ? `[${host}]` : host}:${port}`,
    attempts: reg.attempts,
    connections: reg.connections,
    events: reg.events,
    disableStream: (stream) => void reg.disabled.add(stream),
    enableStream: (stream) => void reg.disabled.delete(stream),
    setCutAfterSec: (sec) => {
      reg.cutAfterSec = sec
    },
    mediaFor: (stream) => reg.mediaFor(stream),
    // An attempt's verdict is computed synchronously when the publish command is parsed, so any
    // attempt in the list is already decided.
    waitForAttempt: (match, timeoutMs = DEFAULT_WAIT_MS) =>
      reg.waitFor(() => reg.attempts.find(match), ['attempt'], timeoutMs, 'a matching publish'),
    waitForClosed: (attempt, timeoutMs = DEFAULT_WAIT_MS) =>
      reg.waitFor(
        () => (attempt.closedAt !== undefined ? attempt : undefined),
        ['closed'],
        timeoutMs,
        `publish #${attempt.n} to close`
      ),
    close: async () => {
      if (reg.closing) return
      reg.shutDown()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const s of reg.sockets) s.destroy()
      await closed
    }
  }
}

/** Start an ingest on a random loopback port. */
export async function startIngest(opts: IngestOptions = {}): Promise<Ingest> {
  const cfg = sessionConfig(opts)
  const host = opts.host ?? '127.0.0.1'
  const reg = new IngestRegistry(opts.disabledStreams ?? [], opts.cutAfterSec)
  const server = net.createServer((socket) => {
    if (reg.closing) socket.destroy()
    else new IngestSession(reg, cfg, socket)
  })
  const port = await listen(server, host)
  return ingestApi(reg, server, host, port)
}
