/**
 * A network namespace made by a test (or the bench) with loopback up and an iptables rule that
 * drops TCP SYNs (or all UDP) to one port: a real "filtered port" whose traffic never leaves the
 * namespace.
 * Needs Linux, root, `ip` and `iptables`; otherwise it says why, so the caller can skip.
 */
import { spawn, spawnSync } from 'node:child_process'

/** Bound on each `ip` / `iptables` command. */
const STEP_TIMEOUT_MS = 5000

/** A namespace with a DROP rule, or the reason there is none. */
export type FilteredNamespace =
  { ok: true; name: string; remove: () => void } | { ok: false; reason: string }

/** What the DROP rule matches: TCP SYNs (a filtered TCP port) or every UDP datagram. */
export type FilteredProtocol = 'tcp' | 'udp'

/**
 * The iptables rule that drops traffic to `port`. TCP: outgoing SYNs. UDP: on INPUT, so the
 * sender gets no error, as behind a remote firewall (a DROP on OUTPUT makes the local send()
 * fail with EPERM instead, which is what a firewall on the user's own computer looks like).
 */
function dropRule(protocol: FilteredProtocol, port: number): string[] {
  return protocol === 'tcp'
    ? ['iptables', '-A', 'OUTPUT', '-p', 'tcp', '--dport', String(port), '--syn', '-j', 'DROP']
    : ['iptables', '-A', 'INPUT', '-p', 'udp', '--dport', String(port), '-j', 'DROP']
}

/**
 * Why this machine cannot make filtered namespaces (not Linux, not root, no `ip` or `iptables`),
 * or undefined. Cheap and without side effects: for deciding at collection time whether to skip,
 * while the namespace itself is made in a hook that also removes it.
 */
export function namespacesUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'not Linux'
  if (process.getuid?.() !== 0) return 'not root'
  if (spawnSync('ip', ['-V']).status !== 0) return 'no `ip` command'
  if (spawnSync('iptables', ['--version']).status !== 0) return 'no `iptables` command'
  return undefined
}

/**
 * Create namespace `name` (unique per process, e.g. `pfrun${process.pid}`) dropping SYNs to
 * `port`, or with `protocol: 'udp'` every datagram to it (a network that drops UDP 9000).
 */
export function makeFilteredNamespace(
  name: string,
  port = 1935,
  protocol: FilteredProtocol = 'tcp'
): FilteredNamespace {
  const unavailable = namespacesUnavailable()
  if (unavailable) return { ok: false, reason: unavailable }
  const remove = (): void =>
    void spawnSync('ip', ['netns', 'del', name], { timeout: STEP_TIMEOUT_MS })
  const add = spawnSync('ip', ['netns', 'add', name], { timeout: STEP_TIMEOUT_MS })
  if (add.status !== 0)
    return { ok: false, reason: `ip netns add failed: ${add.stderr.toString().trim()}` }
  const steps = [['ip', 'link', 'set', 'lo', 'up'], dropRule(protocol, port)]
  for (const step of steps) {
    const r = spawnSync('ip', ['netns', 'exec', name, ...step], { timeout: STEP_TIMEOUT_MS })
    if (r.status !== 0) {
      remove()
      return { ok: false, reason: `${step.join(' ')} failed: ${r.stderr.toString().trim()}` }
    }
  }
  return { ok: true, name, remove }
}

/**
 * Run a CommonJS snippet under tsx inside the namespace (cwd = the repo, so `require('./src/…')`
 * works), with extra environment; killed after `timeoutMs`. Resolves with its exit code and output.
 */
export function runInNamespace(
  name: string,
  script: string,
  env: Record<string, string> = {},
  timeoutMs = 20_000
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      'ip',
      ['netns', 'exec', name, process.execPath, '--import', 'tsx', '-e', script],
      {
        cwd: process.cwd(),
        env: { ...process.env, ...env }
      }
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code) => {
      clearTimeout(killer)
      resolve({ code, out, err })
    })
  })
}
