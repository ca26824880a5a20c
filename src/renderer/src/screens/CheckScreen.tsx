import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ResultScreen } from './ResultScreen'
import { RunningScreen } from './RunningScreen'
import { StartScreen } from './StartScreen'
import { useWizard } from '../hooks/useWizard'
import type { IncomingLink } from '../hooks/useSupportLink'

/**
 * The check wizard: Start → Running → Result. The start screen stays mounted (hidden) while the
 * others show, so "change the URL" comes back to what was typed.
 */
export function CheckScreen({ incoming }: { incoming?: IncomingLink } = {}): React.JSX.Element {
  const { t } = useTranslation()
  const wizard = useWizard()
  const { view, run, report, edit } = wizard
  // A new support link opens on the start form (once per link); a run going on is left to finish.
  const handled = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (!incoming || handled.current === incoming.seq) return
    handled.current = incoming.seq
    if (view === 'result') edit()
  }, [incoming, view, edit])
  return (
    <div className="wizard">
      {wizard.openError && (
        <p role="alert" className="card card-fail">
          {t(`ui.open.error.${wizard.openError}`)}
        </p>
      )}
      <div hidden={view !== 'start'}>
        <StartScreen
          onRun={wizard.start}
          onDemo={wizard.startDemo}
          onOpenReport={() => void wizard.openReport()}
          incoming={incoming}
        />
      </div>
      {view === 'running' && run && <RunningScreen run={run} onCancel={wizard.cancel} onBack={wizard.edit} />}
      {view === 'result' && report && (
        <ResultScreen
          report={report}
          saved={wizard.saved}
          demo={wizard.demo}
          hotspot={wizard.hotspot}
          fullUrl={wizard.fullUrl}
          onRetryHotspot={(force) => void wizard.retryOnHotspot(force)}
          watchBase={wizard.watchBase}
          onEdit={wizard.edit}
          onRerun={wizard.saved || wizard.demo ? undefined : wizard.rerun}
          onOpenReport={() => void wizard.openReport()}
        />
      )}
    </div>
  )
}
