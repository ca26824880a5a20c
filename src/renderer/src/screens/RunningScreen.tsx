import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { RunProgress } from '../components/RunProgress'
import type { RunState } from '../lib/wizard-state'

/** While the check runs: what is being checked, each phase, the TEST note, Cancel. */
export function RunningScreen({
  run,
  onCancel,
  onBack
}: {
  run: RunState
  onCancel: () => void
  onBack: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  // The Run / Retry button that started this is hidden now: keep keyboard focus on this screen.
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <div className="screen running-screen">
      <h2 className="screen-title" aria-live="polite" ref={headingRef} tabIndex={-1}>
        {run.onHotspot ? t('ui.running.heading.hotspot') : t('ui.running.heading')}
      </h2>
      <RunProgress run={run} onCancel={onCancel} />
      {run.status === 'error' && (
        <button type="button" onClick={onBack}>
          {t('ui.result.edit')}
        </button>
      )}
    </div>
  )
}
