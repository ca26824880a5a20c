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
  const { state, edit } = wizard
  const { screen, openError } = state
  const { view } = screen
  // A new support link opens on the start form (once per link); a run going on is left to finish.
  const handled = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (!incoming || handled.current === incoming.seq) return
    handled.current = incoming.seq
    if (view === 'result') edit()
  }, [incoming, view, edit])
  const openReport = (): void => void wizard.openReport()
  return (
    <div className="wizard">
      {openError && (
        <p role="alert" className="card card-fail">
          {t(`ui.open.error.${openError}`)}
        </p>
      )}
      <div hidden={view !== 'start'}>
        <StartScreen
          onRun={wizard.start}
          onDemo={wizard.startDemo}
          onOpenReport={openReport}
          incoming={incoming}
        />
      </div>
      {screen.view === 'running' && (
        <RunningScreen run={screen.run} onCancel={wizard.cancel} onBack={edit} />
      )}
      {screen.view === 'result' && (
        <ResultScreen
          report={screen.report}
          saved={screen.origin.kind === 'saved' ? screen.origin : undefined}
          demo={screen.origin.kind === 'demo'}
          hotspot={screen.hotspot}
          fullUrl={screen.origin.kind === 'check' ? screen.origin.fullUrl : undefined}
          onRetryHotspot={(force) => void wizard.retryOnHotspot(force)}
          watchBase={wizard.watchBase}
          onEdit={edit}
          onRerun={screen.origin.kind === 'check' ? wizard.rerun : undefined}
          onOpenReport={openReport}
        />
      )}
    </div>
  )
}
