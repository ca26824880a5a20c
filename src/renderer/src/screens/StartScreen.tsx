import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { DemoRequest, PreflightRequest } from '@shared/ipc-contract'
import type { PushUrl } from '@shared/push-url'
import { ApiSettings } from '../components/ApiSettings'
import { LiveQuestion } from '../components/LiveQuestion'
import { ProtocolOptions } from '../components/ProtocolOptions'
import { SupportLinkPanel } from '../components/SupportLinkPanel'
import { UplinkOption } from '../components/UplinkOption'
import { DemoSection } from '../components/start/DemoSection'
import { FfmpegStatus } from '../components/start/FfmpegStatus'
import { RunBar } from '../components/start/RunBar'
import { StartAnalysis } from '../components/start/StartAnalysis'
import { AdvancedOptions, KeyFields, UrlFields } from '../components/start/StartFields'
import { useStartForm } from '../hooks/useStartForm'
import type { IncomingLink } from '../hooks/useSupportLink'

/**
 * Start: paste a push URL (or OBS's pair), optional keys (in memory unless "remember"), planned
 * show length; the offline analysis appears as you type; Run.
 */
export function StartScreen({
  onRun,
  onDemo,
  onOpenReport,
  incoming
}: {
  onRun: (req: Omit<PreflightRequest, 'runId'>, fullUrl?: PushUrl) => void
  onDemo: (fail?: DemoRequest['fail'], uplink?: Pick<DemoRequest, 'uplink' | 'plannedKbps'>) => void
  onOpenReport: () => void
  /** The latest support link main delivered: it fills the form. */
  incoming?: IncomingLink
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const form = useStartForm(incoming)
  const { fields, set, keyGiven, uplink } = form
  const startRun = (pushRealStream: boolean): void => {
    const { req, fullUrl } = form.run(pushRealStream)
    onRun(req, fullUrl)
  }
  return (
    <div className="screen start-screen">
      <h2 className="screen-title">{t('ui.start.heading')}</h2>
      <p className="muted intro">{t('ui.start.intro')}</p>
      <form
        className="url-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (form.canRun) startRun(false)
        }}
      >
        {form.linkPanel && (
          <SupportLinkPanel
            key={incoming?.seq}
            state={form.linkPanel}
            onUrl={(url) => set({ url })}
            onDismiss={() => form.setLinkPanel(undefined)}
          />
        )}
        <UrlFields form={form} id={id} invalid={form.analysis?.parse.ok === false} />
        <KeyFields form={form} />
        <AdvancedOptions form={form} />
        <ProtocolOptions
          value={fields.protocols}
          errors={form.ladder.errors}
          onChange={(protocols) => set({ protocols })}
        />
        <ApiSettings />
        <UplinkOption
          value={fields.uplink}
          keyGiven={keyGiven}
          noPush={fields.noPush}
          onChange={(next) => set({ uplink: next })}
        />
      </form>
      <StartAnalysis form={form} id={id} />
      <LiveQuestion live={fields.live} onChange={(live) => set({ live })} />
      <RunBar
        id={id}
        canRun={form.canRun}
        confirmsRealPush={form.confirmsRealPush}
        confirming={fields.confirming}
        onConfirming={() => set({ confirming: true })}
        onRun={startRun}
        onOpenReport={onOpenReport}
      />
      <DemoSection
        form={form}
        id={id}
        onDemo={(fail) => onDemo(fail, uplink.ok ? uplink.request : undefined)}
      />
      <FfmpegStatus />
    </div>
  )
}
