/**
 * A CliIo that keeps what the CLI writes in memory, for tests that call `main(argv, io)` in
 * process. Ctrl-C is simulated with `interrupt()`; `onSubscribe` sees the CLI's handler the moment
 * it subscribes (to schedule a cancel relative to the run's start).
 */
import type { CliIo } from '../../src/main/cli'

/** What `memoryIo()` returns: the CliIo plus the captured output and a Ctrl-C trigger. */
export interface MemoryIo extends CliIo {
  out: string
  err: string
  /** Call the CLI's current Ctrl-C handler (no-op when it has none). */
  interrupt: () => void
}

/** Options of `memoryIo()`. */
export interface MemoryIoOptions {
  env?: Record<string, string>
  /** Engine dependencies to swap (CliIo.engine). */
  engine?: CliIo['engine']
  /** Called with the CLI's Ctrl-C handler when it subscribes. */
  onSubscribe?: (interrupt: () => void) => void
}

/** An in-memory CliIo. */
export function memoryIo(opts: MemoryIoOptions = {}): MemoryIo {
  let handler: (() => void) | undefined
  const io: MemoryIo = {
    out: '',
    err: '',
    env: opts.env ?? {},
    engine: opts.engine,
    stdout: (s) => void (io.out += s),
    stderr: (s) => void (io.err += s),
    onInterrupt: (h) => {
      handler = h
      opts.onSubscribe?.(h)
      return () => {
        if (handler === h) handler = undefined
      }
    },
    interrupt: () => handler?.()
  }
  return io
}
