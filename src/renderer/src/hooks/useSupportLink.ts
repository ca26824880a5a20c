import { useEffect, useState } from 'react'
import type { DeepLinkResult } from '@shared/deep-link'
import { api } from '../lib/api'

/** A support link main delivered; `seq` tells a second arrival of the same link apart. */
export interface IncomingLink {
  seq: number
  result: DeepLinkResult
}

/**
 * Listen for support links: subscribe first, then tell main the page is ready, so a link that
 * started the app (held in main until now) is not lost. The latest arrival, or undefined.
 */
export function useSupportLink(): IncomingLink | undefined {
  const [incoming, setIncoming] = useState<IncomingLink | undefined>()
  useEffect(() => {
    let seq = 0
    const off = api().onLinkOpen((result) => setIncoming({ seq: ++seq, result }))
    void api()
      .linkReady()
      .catch(() => undefined)
    return off
  }, [])
  return incoming
}
