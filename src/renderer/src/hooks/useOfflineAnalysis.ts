import { useEffect, useState } from 'react'
import type { OfflineAnalysis, OfflineInput } from '@shared/push-url'
import { api } from '../lib/api'

/** State of the live offline analysis. */
export interface OfflineAnalysisState {
  analysis?: OfflineAnalysis
  error?: string
}

/** True when the user has typed nothing yet (no analysis is shown then). */
function isEmptyInput(input: OfflineInput): boolean {
  const u = input.url
  return 'url' in u ? u.url.trim() === '' : u.server.trim() === '' && u.streamKey.trim() === ''
}

/**
 * Run the offline analysis in main on every change of the input. Replies that arrive after a newer
 * request was made are dropped, so fast typing never shows a stale result.
 */
export function useOfflineAnalysis(input: OfflineInput): OfflineAnalysisState {
  const [state, setState] = useState<OfflineAnalysisState>({})
  // `serialized` stands for `input`: a new object with the same content must not re-run.
  const serialized = JSON.stringify(input)
  const empty = isEmptyInput(input)
  // Cleared input: forget the last answer at once (adjusting state while rendering, not in an
  // effect), so typing again never shows it while the new one is on its way.
  if (empty && (state.analysis !== undefined || state.error !== undefined)) setState({})
  useEffect(() => {
    if (empty) return
    let stale = false
    api()
      .urlAnalyze(JSON.parse(serialized) as OfflineInput)
      .then(
        (analysis) => !stale && setState({ analysis }),
        (e: unknown) => !stale && setState({ error: e instanceof Error ? e.message : String(e) })
      )
    return () => {
      stale = true
    }
  }, [serialized, empty])
  return empty ? {} : state
}
