import { useTranslation } from 'react-i18next'

/**
 * Run (asking first when the test push would go to the real stream name) and "open a report".
 * `onRun` gets whether the user confirmed the push to the real name.
 */
export function RunBar({
  id,
  canRun,
  confirmsRealPush,
  confirming,
  onConfirming,
  onRun,
  onOpenReport
}: {
  id: string
  canRun: boolean
  confirmsRealPush: boolean
  /** Whether the question about the real stream name is showing. */
  confirming: boolean
  onConfirming: () => void
  onRun: (pushRealStream: boolean) => void
  onOpenReport: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="run-bar">
      {confirming ? (
        <div
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
          className="card card-warn confirm"
        >
          <p id={`${id}-confirm`}>{t('ui.run.pushReal.confirm')}</p>
          <button type="button" className="primary" onClick={() => onRun(true)}>
            {t('ui.run.pushReal.yes')}
          </button>{' '}
          <button type="button" onClick={() => onRun(false)} autoFocus>
            {t('ui.run.pushReal.no')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="primary big"
          disabled={!canRun}
          onClick={() => (confirmsRealPush ? onConfirming() : onRun(false))}
        >
          {t('ui.run.start')}
        </button>
      )}
      <button type="button" className="link-button" onClick={onOpenReport}>
        {t('ui.open')}
      </button>
    </div>
  )
}
