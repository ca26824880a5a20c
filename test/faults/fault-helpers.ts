/**
 * What every fault test checks after its scenario: no ffmpeg child of this process is left
 * (found by PID in /proc, not trusted from the report) and the run left nothing in the temp dir.
 *
 * Who writes temp files: the engine itself writes none (no fs writes in src/main/preflight); ffmpeg
 * with the push's arguments writes none; node-media-server writes only when started as a full
 * server with a `store` (test/main/preflight/rtmp-test-servers.ts `startNms`, its own mkdtemp dir);
 * the uplink test's clip (when present) would go to os.tmpdir(). So the run gets a private
 * TMPDIR: everything in this process and every child it spawns (ffmpeg inherits the environment)
 * that asks os.tmpdir() writes there, and "nothing left" is a plain, race-free check that other
 * test files running in parallel cannot disturb.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Live ffmpeg processes whose parent is this process (Linux /proc; [] elsewhere). */
export function ffmpegChildren(): number[] {
  if (process.platform !== 'linux') return []
  const out: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue // exited while we looked
    }
    // "pid (comm) state ppid …": comm may hold spaces or parentheses, so split at the last ')'.
    const close = stat.lastIndexOf(')')
    const comm = stat.slice(stat.indexOf('(') + 1, close)
    const [state, ppid] = stat.slice(close + 2).split(' ')
    if (Number(ppid) === process.pid && comm.startsWith('ffmpeg') && state !== 'Z')
      out.push(Number(name))
  }
  return out
}

/** Poll until `pred` holds or `timeoutMs` passes (bounded: at most timeoutMs / 20 rounds). */
export async function waitFor(pred: () => boolean, timeoutMs: number): Promise<boolean> {
  const rounds = Math.ceil(timeoutMs / 20)
  for (let i = 0; i < rounds; i++) {
    if (pred()) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return pred()
}

/** A private TMPDIR for this test file; `entries()` lists what is in it now. */
export interface PrivateTmp {
  dir: string
  entries: () => string[]
  restore: () => void
}

/** Point TMPDIR (and so os.tmpdir()) of this process and its children at a fresh empty dir. */
export function usePrivateTmp(prefix: string): PrivateTmp {
  const before = process.env.TMPDIR
  const dir = mkdtempSync(join(tmpdir(), prefix))
  process.env.TMPDIR = dir
  return {
    dir,
    entries: () => readdirSync(dir),
    restore: () => {
      if (before === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = before
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
