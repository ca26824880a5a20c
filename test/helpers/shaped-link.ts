/**
 * A shaped uplink made by a test (or the bench): two network namespaces joined by a veth pair,
 * `tc tbf` limiting the client side's egress to N Mbit/s, and the demo RTMP ingest running in the
 * server namespace. The veth ends get IPv4 link-local addresses (169.254.0.0/16, RFC 3927: never
 * routed, they cannot leave the one link between the two namespaces), so no traffic can reach
 * any real network. Needs Linux, root, `ip` and `tc`; otherwise it says why, so callers skip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

/** Bound on each `ip` / `tc` command. */
const STEP_TIMEOUT_MS = 5_000
/** Wait for the ingest child to print its port. */
const INGEST_START_TIMEOUT_MS = 20_000
/** The link's two ends (link-local; see the module comment). */
const CLIENT_ADDRESS = '169.254.77.1'
const SERVER_ADDRESS = '169.254.77.2'
/** Port the server namespace forwards to its ingest (the RTMP default, as a real ingest). */
const SERVER_PORT = 1935

/** A shaped link with the ingest behind it, or the reason there is none. */
export type ShapedLink =
  | {
      ok: true
      /** Namespace the pushing ffmpeg must run in. */
      clientNs: string
      /** Namespace of the ingest, and the veth end on each side (for iptables rules). */
      serverNs: string
      clientDev: string
      serverDev: string
      /** `rtmp://169.254.77.2:1935` — the ingest as seen from the client namespace. */
      baseUrl: string
      /**
       * Change the shaped rate (Mbit/s) without rebuilding the link; `queueMs` is the tbf queue's
       * depth in time (default 100 ms; a deep one, e.g. 1000, makes bufferbloat).
       */
      setRate: (mbit: number, queueMs?: number) => { ok: true } | { ok: false; reason: string }
      /** PID of the ingest process (gone after remove()). */
      ingestPid: number
      remove: () => Promise<void>
    }
  | { ok: false; reason: string }

function run(args: string[]): { ok: boolean; err: string } {
  const r = spawnSync(args[0], args.slice(1), { timeout: STEP_TIMEOUT_MS })
  return {
    ok: r.status === 0,
    err: (r.stderr?.toString() ?? '').trim() || (r.error?.message ?? '')
  }
}

/** tbf for `mbit`: burst ≥ one MTU and ~4 ms of the rate; by default a 100 ms queue like a home router's. */
function tbfArgs(mbit: number, queueMs = 100): string[] {
  const burstBytes = Math.max(16 * 1024, Math.round((mbit * 1e6) / 8 / 250))
  return ['rate', `${mbit}mbit`, 'burst', String(burstBytes), 'latency', `${queueMs}ms`]
}

/**
 * Build the link (names unique per process: `<prefix>c<pid>`, `<prefix>s<pid>`), shape it to
 * `mbit`, start the ingest (key `key`) in the server namespace.
 */
export async function makeShapedLink(
  prefix: string,
  mbit: number,
  key: string
): Promise<ShapedLink> {
  if (process.platform !== 'linux') return { ok: false, reason: 'not Linux' }
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not root' }
  if (spawnSync('ip', ['-V']).status !== 0) return { ok: false, reason: 'no `ip` command' }
  if (spawnSync('tc', ['-V']).status !== 0) return { ok: false, reason: 'no `tc` command' }
  const c = `${prefix}c${process.pid}`
  const s = `${prefix}s${process.pid}`
  const vc = `${prefix}vc${process.pid % 100000}`.slice(0, 15)
  const vs = `${prefix}vs${process.pid % 100000}`.slice(0, 15)
  let child: ChildProcess | undefined
  const removeAll = async (): Promise<void> => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise<void>((resolve) => child?.once('close', () => resolve()))
      child.kill('SIGKILL')
      await gone
    }
    // Deleting a namespace deletes its end of the veth, and with it the pair.
    run(['ip', 'netns', 'del', c])
    run(['ip', 'netns', 'del', s])
  }
  const steps: string[][] = [
    ['ip', 'netns', 'add', c],
    ['ip', 'netns', 'add', s],
    ['ip', 'link', 'add', vc, 'type', 'veth', 'peer', 'name', vs],
    ['ip', 'link', 'set', vc, 'netns', c],
    ['ip', 'link', 'set', vs, 'netns', s],
    ['ip', '-n', c, 'link', 'set', 'lo', 'up'],
    ['ip', '-n', s, 'link', 'set', 'lo', 'up'],
    ['ip', '-n', c, 'addr', 'add', `${CLIENT_ADDRESS}/30`, 'dev', vc],
    ['ip', '-n', s, 'addr', 'add', `${SERVER_ADDRESS}/30`, 'dev', vs],
    ['ip', '-n', c, 'link', 'set', vc, 'up'],
    ['ip', '-n', s, 'link', 'set', vs, 'up'],
    ['ip', 'netns', 'exec', c, 'tc', 'qdisc', 'add', 'dev', vc, 'root', 'tbf', ...tbfArgs(mbit)]
  ]
  for (const step of steps) {
    const r = run(step)
    if (!r.ok) {
      await removeAll()
      return { ok: false, reason: `${step.join(' ')} failed: ${r.err}` }
    }
  }
  // The ingest listens on the server namespace's loopback; a forwarder on the veth address pipes
  // to it (pipe() keeps TCP backpressure end to end, so the shaped rate reaches the sender).
  const script = `
    const net = require('node:net')
    const { startIngest } = require('./src/main/demo/rtmp-ingest.ts')
    startIngest({ key: ${JSON.stringify(key)} }).then((ingest) => {
      const fwd = net.createServer((a) => {
        const b = net.connect(ingest.port, '127.0.0.1')
        a.pipe(b); b.pipe(a)
        a.on('error', () => b.destroy()); b.on('error', () => a.destroy())
        a.on('close', () => b.destroy()); b.on('close', () => a.destroy())
      })
      fwd.listen(${SERVER_PORT}, '${SERVER_ADDRESS}', () => console.log('READY'))
    })
  `
  child = spawn('ip', ['netns', 'exec', s, process.execPath, '--import', 'tsx', '-e', script], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const started = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), INGEST_START_TIMEOUT_MS)
    let out = ''
    child?.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('READY')) {
        clearTimeout(timer)
        resolve(true)
      }
    })
    child?.on('close', () => {
      clearTimeout(timer)
      resolve(false)
    })
  })
  if (!started || child.pid === undefined) {
    await removeAll()
    return { ok: false, reason: 'the ingest did not start in the server namespace' }
  }
  return {
    ok: true,
    clientNs: c,
    serverNs: s,
    clientDev: vc,
    serverDev: vs,
    baseUrl: `rtmp://${SERVER_ADDRESS}:${SERVER_PORT}`,
    ingestPid: child.pid,
    setRate: (rate, queueMs) => {
      const r = run([
        'ip',
        'netns',
        'exec',
        c,
        'tc',
        'qdisc',
        'replace',
        'dev',
        vc,
        'root',
        'tbf',
        ...tbfArgs(rate, queueMs)
      ])
      return r.ok ? { ok: true } : { ok: false, reason: r.err }
    },
    remove: removeAll
  }
}

/** spawn() that runs the command inside namespace `ns` (`ip netns exec` execs it: same PID). */
export function spawnInNamespace(ns: string): (file: string, args: string[]) => ChildProcess {
  return (file, args) =>
    spawn('ip', ['netns', 'exec', ns, file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
}
