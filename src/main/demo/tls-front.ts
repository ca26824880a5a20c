/**
 * A tiny TLS terminator for the demo's RTMPS ingest: accepts TLS on a loopback port with the demo
 * certificate and pipes each connection's plain bytes to the RTMP ingest on loopback — what a
 * real RTMPS ingest does in front of its RTMP server. Plain Node: never imports electron.
 */
import { readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'

/** Folder of the demo's CA, certificate and key, inside the app's resources folder. */
export const DEMO_TLS_DIR = 'demo-tls'

/** The demo's TLS material (PEM): its CA (to trust as the extra CA), and the front's cert + key. */
export interface DemoTls {
  ca: string
  cert: string
  key: string
}

/** Reads the demo's TLS material from `<resourcesDir>/demo-tls/`. */
export function readDemoTls(resourcesDir: string): DemoTls {
  const read = (name: string): string =>
    readFileSync(path.join(resourcesDir, DEMO_TLS_DIR, name), 'utf8')
  return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') }
}

/** Options of {@link startTlsFront}. */
export interface TlsFrontOptions {
  /** Server certificate (chain) and key, PEM. */
  cert: string
  key: string
  /** Port of the plain RTMP ingest on `host`. */
  targetPort: number
  /** Loopback address to listen on and to forward to (default 127.0.0.1). */
  host?: '127.0.0.1' | '::1'
  /** Port to listen on (default 0: any free port). */
  port?: number
}

/** A running TLS front. */
export interface TlsFront {
  readonly port: number
  /** Stops listening and ends every open connection. */
  close: () => Promise<void>
}

/** Starts the TLS front; resolves once it listens. */
export function startTlsFront(opts: TlsFrontOptions): Promise<TlsFront> {
  const host = opts.host ?? '127.0.0.1'
  const open = new Set<net.Socket>()
  const track = (s: net.Socket): void => {
    open.add(s)
    s.once('close', () => open.delete(s))
    // A client that resets, or an ingest that goes away, must not crash the demo.
    s.on('error', () => s.destroy())
  }
  const server = tls.createServer({ cert: opts.cert, key: opts.key }, (client) => {
    const upstream = net.connect({ host, port: opts.targetPort })
    track(client)
    track(upstream)
    client.pipe(upstream)
    upstream.pipe(client)
    // pipe() passes a FIN on (after the data before it); a reset or error ends the other side too.
    client.once('close', (hadError) => (hadError ? upstream.destroy() : upstream.end()))
    upstream.once('close', (hadError) => (hadError ? client.destroy() : client.end()))
  })
  // Raw sockets too: one still in its TLS handshake is not a `client` yet, and would keep close()
  // waiting for it.
  server.on('connection', track)
  // Failed handshakes (a client that does not trust the demo CA) are the client's business.
  server.on('tlsClientError', () => undefined)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject)
      const addr = server.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of open) s.destroy()
            server.close(() => done())
          })
      })
    })
  })
}
