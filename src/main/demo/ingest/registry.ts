/**
 * The state one ingest shares among its connections: every attempt and connection on record,
 * which socket publishes which stream, the timers to clear on close, and waits on its events.
 * One instance per ingest, so several ingests can run in one process.
 */
import { EventEmitter } from 'node:events'
import type net from 'node:net'
import type { IngestConnection, MediaCount, PublishAttempt } from './types'

/** Zero media, the start of every count. */
export function emptyMedia(): MediaCount {
  return { bytes: 0, videoFrames: 0, audioFrames: 0, dataMessages: 0 }
}

/** The stream key of an attempt: `app/stream`. */
export function streamKey(a: Pick<PublishAttempt, 'app' | 'stream'>): string {
  return `${a.app}/${a.stream}`
}

/** Records, live publishers and timers of one ingest. */
export class IngestRegistry {
  /** Every publish command, in arrival order. */
  readonly attempts: PublishAttempt[] = []
  readonly connections: IngestConnection[] = []
  /** `attempt`, `closed`, `connection`, and `ingest-close` when the ingest shuts down. */
  readonly events = new EventEmitter()
  /** Open client sockets. */
  readonly sockets = new Set<net.Socket>()
  /** app/stream → the socket currently publishing it. */
  readonly live = new Map<string, net.Socket>()
  readonly disabled: Set<string>
  cutAfterSec: number | undefined
  /** Set once close() began: new connections are refused, closes count as `ingest-close`. */
  closing = false
  private readonly timers = new Set<NodeJS.Timeout>()

  constructor(disabledStreams: readonly string[], cutAfterSec: number | undefined) {
    this.disabled = new Set(disabledStreams)
    this.cutAfterSec = cutAfterSec
  }

  /** Runs `fn` after `ms` unless the ingest closes first. */
  later(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      this.timers.delete(t)
      fn()
    }, ms)
    this.timers.add(t)
    return t
  }

  /** Cancels a timer from later(). */
  cancel(t: NodeJS.Timeout): void {
    clearTimeout(t)
    this.timers.delete(t)
  }

  /** Sum of media received for a stream name over all its publish sessions, accepted or not. */
  mediaFor(stream: string): MediaCount {
    const sum = emptyMedia()
    for (const a of this.attempts) {
      if (a.stream !== stream) continue
      sum.bytes += a.media.bytes
      sum.videoFrames += a.media.videoFrames
      sum.audioFrames += a.media.audioFrames
      sum.dataMessages += a.media.dataMessages
      if (a.media.firstMediaAt !== undefined) {
        sum.firstMediaAt = Math.min(sum.firstMediaAt ?? Infinity, a.media.firstMediaAt)
      }
    }
    return sum
  }

  /**
   * Resolves with `check()`'s value as soon as it has one, re-checking on each of `eventNames`;
   * rejects when the ingest closes or after timeoutMs.
   */
  waitFor<T>(
    check: () => T | undefined,
    eventNames: string[],
    timeoutMs: number,
    what: string
  ): Promise<T> {
    const found = check()
    if (found !== undefined) return Promise.resolve(found)
    const events = this.events
    return new Promise<T>((resolve, reject) => {
      const listener = (): void => {
        const hit = check()
        if (hit !== undefined) finish(() => resolve(hit))
      }
      const fail = (msg: string): void => finish(() => reject(new Error(msg)))
      const onClose = (): void => fail(`ingest closed while waiting for ${what}`)
      const timer = setTimeout(
        () => fail(`timed out after ${timeoutMs} ms waiting for ${what}`),
        timeoutMs
      )
      function finish(settle: () => void): void {
        clearTimeout(timer)
        for (const name of eventNames) events.off(name, listener)
        events.off('ingest-close', onClose)
        settle()
      }
      for (const name of eventNames) events.on(name, listener)
      events.on('ingest-close', onClose)
    })
  }

  /** Marks the ingest closing, ends every wait and clears every timer (sockets are the caller's). */
  shutDown(): void {
    this.closing = true
    this.events.emit('ingest-close')
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }
}
