/**
 * stunnel (Debian's stunnel4) as a TLS terminator in front of a loopback server: accepts TLS on
 * 127.0.0.1:<free port> with the given certificate and forwards the plain bytes to
 * 127.0.0.1:<target port>. Runs in the foreground with its config in a temp dir; stop() ends it
 * (SIGTERM, then SIGKILL) and removes the dir. Says why when stunnel is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { stopChild } from './child'

/** A running stunnel. */
export interface Stunnel {
  port: number
  pid: number
  /** stunnel's log so far (its own capped copy). */
  log: () => string
  stop: () => Promise<void>
}

/** Bound on waiting for stunnel to listen. */
const START_TIMEOUT_MS = 10_000
/** Between SIGTERM and SIGKILL. */
/** Log kept, characters. */
const LOG_MAX_CHARS = 20_000

/** Why stunnel cannot be used here, or undefined when it can. */
export function stunnelMissing(): string | undefined {
  const r = spawnSync('stunnel', ['-version'], { timeout: 5000 })
  return r.error ? 'stunnel is not installed (Debian package stunnel4)' : undefined
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/** Resolves when 127.0.0.1:port accepts a TCP connection, false after `ms`. */
async function waitListening(port: number, ms: number, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + ms
  for (let i = 0; i < 200 && Date.now() < deadline && child.exitCode === null; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port })
      s.once('connect', () => {
        s.destroy()
        resolve(true)
      })
      s.once('error', () => resolve(false))
    })
    if (ok) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return false
}

/** Starts stunnel: TLS on a free loopback port with `cert`/`key` files → 127.0.0.1:targetPort. */
export async function startStunnel(opts: {
  certFile: string
  keyFile: string
  targetPort: number
}): Promise<Stunnel> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-stunnel-'))
  const port = await freePort()
  const conf = path.join(dir, 'stunnel.conf')
  // `pid =` (empty): no pid file; `foreground = yes`: logs to stderr, exits with its parent's kill.
  writeFileSync(
    conf,
    [
      'foreground = yes',
      'pid =',
      'debug = 5',
      '[rtmps]',
      `accept = 127.0.0.1:${port}`,
      `connect = 127.0.0.1:${opts.targetPort}`,
      `cert = ${opts.certFile}`,
      `key = ${opts.keyFile}`,
      ''
    ].join('\n')
  )
  const child = spawn('stunnel', [conf], { stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  child.stderr?.on('data', (d: Buffer) => {
    if (log.length < LOG_MAX_CHARS) log += d.toString()
  })
  child.on('error', () => undefined)
  const cleanup = async (): Promise<void> => {
    await stopChild(child)
    rmSync(dir, { recursive: true, force: true })
  }
  if (!(await waitListening(port, START_TIMEOUT_MS, child))) {
    await cleanup()
    throw new Error(`stunnel did not listen on ${port}: ${log.slice(-2000)}`)
  }
  return { port, pid: child.pid ?? 0, log: () => log, stop: cleanup }
}
