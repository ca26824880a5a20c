/**
 * Where support links (`push-preflight://check?…`) arrive in the app, apart from Electron: found in
 * an argv (the first launch, or a second launch on Windows/Linux that the single-instance lock turns
 * into a `second-instance` event), or handed over by macOS's `open-url`. Each is parsed (a link is
 * untrusted) and held until the window says it is ready, then delivered as a parse result — a
 * refused link too, so the user is told why nothing was filled in.
 */
import { isDeepLinkLike, parseDeepLink, type DeepLinkResult } from '../shared/deep-link'

/** The support link in a command line, if any: the last argument that looks like one. */
export function findLinkInArgv(argv: readonly unknown[]): string | undefined {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i]
    if (typeof a === 'string' && isDeepLinkLike(a)) return a
  }
  return undefined
}

/** Hands a result to the window; false when it could not (the window went away). */
export type LinkDeliver = (result: DeepLinkResult) => boolean

/** The queue between the operating system and the window. */
export interface LinkInbox {
  /** A link from argv or `open-url`: parsed, then delivered now or when the window is ready. */
  receive: (raw: string) => void
  /** The window listens now: what was waiting is delivered, and later links go straight to it. */
  ready: (deliver: LinkDeliver) => void
  /** The window is gone: links wait again for the next `ready`. */
  detach: () => void
}

/**
 * A new inbox (one per app run; no module state). Only the latest link waits: the user clicking a
 * second link before the window is up means the second one.
 */
export function createLinkInbox(): LinkInbox {
  let pending: DeepLinkResult | undefined
  let deliver: LinkDeliver | undefined
  const flush = (): void => {
    if (pending === undefined || deliver === undefined) return
    if (deliver(pending)) pending = undefined
    else deliver = undefined
  }
  return {
    receive: (raw) => {
      pending = parseDeepLink(raw)
      flush()
    },
    ready: (d) => {
      deliver = d
      flush()
    },
    detach: () => {
      deliver = undefined
    }
  }
}
