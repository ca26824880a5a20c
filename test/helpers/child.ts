/** Stopping a child process that a test or fixture started, whatever state it is in. */
import type { ChildProcess } from 'node:child_process'

/** After SIGTERM, how long a child may take to exit before SIGKILL. */
const KILL_GRACE_MS = 2_000

/** Stops a child: SIGTERM, then SIGKILL after a grace period; resolves once it has closed. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS)
    child.once('close', () => {
      clearTimeout(killer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
