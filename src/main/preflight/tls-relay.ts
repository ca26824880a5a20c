/**
 * A loopback relay that carries ffmpeg's RTMPS test push over a TLS connection made by Node.
 *
 * Why not ffmpeg's own TLS: the engine gives ffmpeg an IP address (the static builds cannot
 * resolve names), and ffmpeg sends no SNI when it dials an IP (measured with the static 4.x and
 * Debian's 5.1 builds). An ingest that picks its certificate by SNI — a custom push domain whose
 * certificate was uploaded — then shows its default certificate, and a verifying ffmpeg refuses
 * it although OBS, dialling the name, would be served the right one. Node dials the same IP with
 * SNI = the push domain and verifies the chain and the name against the same trust store as the
 * TLS check, so the media push sees exactly what an encoder sees; ffmpeg speaks plain RTMP to
 * this relay on 127.0.0.1, with the tcUrl still saying rtmps://push-domain.
 */
import net from 'node:net'
import { TLS_RELAY_CONNECT_TIMEOUT_MS, TLS_RELAY_MAX_CONNECTIONS } from './constants'
import type { NetDeps } from './rtmp/tcp'

/** A running relay: ffmpeg connects to 127.0.0.1:`port`. */
export interface TlsRelay {
  readonly port: number
  /** Connections whose TLS side failed (verification, reset, timeout), with Node's error code. */
  readonly failures: readonly string[]
  /** Stops listening and ends every relayed connection. Idempotent. */
  close(): Promise<void>
}

/** Pipes one loopback client to a fresh TLS connection once that connection is verified. */
function relayOne(
  client: net.Socket,
  ip: string,
  port: number,
  tlsNet: NetDeps,
  failures: string[],
  live: Set<net.Socket>
): void {
  const upstream = tlsNet.connect(ip, port)
  live.add(client)
  live.add(upstream)
  client.pause()
  const end = (why?: string): void => {
    if (why !== undefined) failures.push(why)
    client.destroy()
    upstream.destroy()
    live.delete(client)
    live.delete(upstream)
  }
  const timer = setTimeout(() => end('timeout'), TLS_RELAY_CONNECT_TIMEOUT_MS)
  upstream.once(tlsNet.readyEvent ?? 'connect', () => {
    clearTimeout(timer)
    client.pipe(upstream)
    upstream.pipe(client)
    client.resume()
  })
  upstream.on('error', (err: NodeJS.ErrnoException) => {
    clearTimeout(timer)
    end(err.code ?? 'error')
  })
  client.on('error', () => end())
  upstream.on('close', () => end())
  client.on('close', () => {
    clearTimeout(timer)
    end()
  })
}

/**
 * Starts a relay to `ip:port` over TLS connections from `tlsNet` (SNI and verification are
 * its business). Listens on 127.0.0.1 only, for a handful of connections.
 */
export async function startTlsRelay(ip: string, port: number, tlsNet: NetDeps): Promise<TlsRelay> {
  const failures: string[] = []
  const live = new Set<net.Socket>()
  const server = net.createServer((client) => relayOne(client, ip, port, tlsNet, failures, live))
  server.maxConnections = TLS_RELAY_MAX_CONNECTIONS
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const relayPort = address !== null && typeof address === 'object' ? address.port : 0
  let closed: Promise<void> | undefined
  return {
    port: relayPort,
    failures,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        for (const s of live) s.destroy()
        live.clear()
        server.close(() => resolve())
      })
      return closed
    }
  }
}
