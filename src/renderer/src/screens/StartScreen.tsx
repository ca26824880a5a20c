import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FfmpegInfo } from '@shared/ffmpeg'
import type { DemoRequest, PreflightRequest } from '@shared/ipc-contract'
import type { OfflineInput, PushUrl } from '@shared/push-url'
import { describeCheck, describeParse } from '@shared/describe'
import { CheckCard } from '../components/CheckCard'
import { ProtocolOptions } from '../components/ProtocolOptions'
import { ApiSettings } from '../components/ApiSettings'
import { LiveQuestion } from '../components/LiveQuestion'
import { SupportLinkCopy } from '../components/SupportLinkCopy'
import { SupportLinkPanel, type LinkPanelState } from '../components/SupportLinkPanel'
import type { IncomingLink } from '../hooks/useSupportLink'
import { formFromLink, linkFromForm } from '../lib/support-link'
import { useDescribeContext } from '../hooks/useDescribeContext'
import { useOfflineAnalysis } from '../hooks/useOfflineAnalysis'
import { api } from '../lib/api'
import { checkProtocols, DEFAULT_PROTOCOLS, type ProtocolChoice } from '../lib/protocol-options'
import { UplinkOption } from '../components/UplinkOption'
import { DEFAULT_UPLINK, uplinkRequest, type UplinkChoice } from '../lib/uplink-field'
import { DEMO_FAILURES, PUSH_SECONDS } from '@shared/options'

type Mode = 'url' | 'obs'

/** The demo's scenarios: a healthy push, then each failure it reproduces (src/main/demo). */
const DEMO_CASES = ['ok', ...DEMO_FAILURES] as const

/** Optional non-negative number from a text field; undefined when empty or invalid. */
function parseNumber(text: string): number | undefined {
  const n = Number(text.trim())
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n
}

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
  const ctx = useDescribeContext()
  const id = useId()
  const [mode, setMode] = useState<Mode>('url')
  const [url, setUrl] = useState('')
  const [server, setServer] = useState('')
  const [streamKey, setStreamKey] = useState('')
  const [key, setKey] = useState('')
  const [backupKey, setBackupKey] = useState('')
  const [remember, setRemember] = useState(false)
  const [keysNote, setKeysNote] = useState<'' | 'loaded' | 'not-saved'>('')
  const [authDelta, setAuthDelta] = useState('')
  const [showHours, setShowHours] = useState('')
  const [ffmpeg, setFfmpeg] = useState<FfmpegInfo | undefined>()
  const [dnsServer, setDnsServer] = useState('')
  const [pushSeconds, setPushSeconds] = useState(String(PUSH_SECONDS.default))
  const [uplink, setUplink] = useState<UplinkChoice>(DEFAULT_UPLINK)
  const [noPush, setNoPush] = useState(false)
  const [pushReal, setPushReal] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [protocols, setProtocols] = useState<ProtocolChoice>(DEFAULT_PROTOCOLS)
  // Is the stream live right now? Unanswered (undefined) blocks the run: see LiveQuestion.
  const [live, setLive] = useState<boolean | undefined>()
  const [demoCase, setDemoCase] = useState<'ok' | NonNullable<DemoRequest['fail']>>('ok')
  const [linkPanel, setLinkPanel] = useState<LinkPanelState | undefined>()

  // A support link fills the URL (without signature) and the options it carries; a refused one
  // only says why. `seq` makes the same link clicked twice fill the form again.
  useEffect(() => {
    if (!incoming) return
    if (!incoming.result.ok) {
      setLinkPanel({ error: incoming.result })
      return
    }
    const link = incoming.result.link
    const fill = formFromLink(link)
    setLinkPanel({ link })
    setMode('url')
    setUrl(fill.url)
    // The options the link carries; what it leaves out stays as the user had it.
    setProtocols((p) => ({
      ...p,
      transports: fill.transports ?? p.transports,
      rtmpsPort: fill.rtmpsPort ?? p.rtmpsPort,
      srtPort: fill.srtPort ?? p.srtPort
    }))
    if (fill.pushSeconds !== undefined) setPushSeconds(fill.pushSeconds)
    if (fill.noPush !== undefined) setNoPush(fill.noPush)
    if (fill.showHours !== undefined) setShowHours(fill.showHours)
    if (fill.authDelta !== undefined) setAuthDelta(fill.authDelta)
  }, [incoming])

  useEffect(() => {
    let stale = false
    api()
      .ffmpegLocate()
      .then((info) => !stale && setFfmpeg(info))
      .catch(() => undefined)
    api()
      .keysLoad()
      .then((keys) => {
        if (stale || !keys) return
        setKey(keys.primary ?? '')
        setBackupKey(keys.backup ?? '')
        setRemember(true)
        setKeysNote('loaded')
      })
      .catch(() => undefined)
    return () => {
      stale = true
    }
  }, [])

  const hours = parseNumber(showHours)
  const input: OfflineInput = {
    url: mode === 'url' ? { url } : { server, streamKey },
    keys: key || backupKey ? { primary: key || undefined, backup: backupKey || undefined } : undefined,
    authDeltaSec: parseNumber(authDelta),
    showLengthSec: hours === undefined ? undefined : hours * 3600
  }
  const { analysis, error } = useOfflineAnalysis(input)
  const parsed = analysis ? describeParse(analysis.parse) : undefined
  const keyGiven = key.trim() !== '' || backupKey.trim() !== ''
  const ladder = checkProtocols(protocols)
  // The uplink test runs only with the test push; off, or with no push, it adds nothing.
  const up = uplinkRequest({ ...uplink, on: uplink.on && !noPush })
  const canRun = analysis?.parse.ok === true && ladder.request !== undefined && live !== undefined && up.ok
  const invalid = parsed?.status === 'fail'

  function toggleRemember(on: boolean): void {
    setRemember(on)
    setKeysNote('')
    // Unticking forgets at once: the user should not have to run a check to delete a secret.
    if (!on) void api().keysForget().catch(() => undefined)
  }

  function startRun(pushRealStream: boolean): void {
    setConfirming(false)
    if (remember && keyGiven) {
      void api()
        .keysSave({ primary: key || undefined, backup: backupKey || undefined })
        .then((ok) => setKeysNote(ok ? '' : 'not-saved'))
        .catch(() => setKeysNote('not-saved'))
    }
    const seconds = parseNumber(pushSeconds)
    onRun({
      ...input,
      ...ladder.request,
      dnsServer: dnsServer.trim() || undefined,
      pushSeconds: seconds === undefined ? undefined : Math.max(PUSH_SECONDS.min, Math.min(PUSH_SECONDS.max, Math.round(seconds))),
      noPush,
      ...(up.ok ? up.request : {}),
      // Never a push to the real name of a live stream, and no probe of it either.
      pushRealStream: !keyGiven && !noPush && !live && pushRealStream,
      realProbe: !live
    }, analysis?.parse.ok ? analysis.parse.url : undefined)
  }

  return (
    <div className="screen start-screen">
      <h2 className="screen-title">{t('ui.start.heading')}</h2>
      <p className="muted intro">{t('ui.start.intro')}</p>
      <form
        className="url-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (canRun) startRun(false)
        }}
      >
        {linkPanel && (
          <SupportLinkPanel
            key={incoming?.seq}
            state={linkPanel}
            onUrl={setUrl}
            onDismiss={() => setLinkPanel(undefined)}
          />
        )}
        <fieldset className="mode">
          <legend className="sr-only">{t('ui.start.mode')}</legend>
          {(['url', 'obs'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} />
              {t(`ui.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        {mode === 'url' ? (
          <label className="field wide">
            <span>{t('ui.field.url')}</span>
            <input
              type="text"
              value={url}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={invalid}
              aria-describedby={`${id}-url-status ${id}-url-hint`}
              placeholder={t('transport.field.url.placeholder')}
              onChange={(e) => setUrl(e.target.value)}
            />
          </label>
        ) : (
          <>
            <label className="field wide">
              <span>{t('ui.field.server')}</span>
              <input
                type="text"
                value={server}
                spellCheck={false}
                aria-invalid={invalid}
                aria-describedby={`${id}-url-status`}
                placeholder={t('ui.field.server.placeholder')}
                onChange={(e) => setServer(e.target.value)}
              />
            </label>
            <label className="field wide">
              <span>{t('ui.field.streamKey')}</span>
              <input
                type="text"
                value={streamKey}
                spellCheck={false}
                aria-invalid={invalid}
                aria-describedby={`${id}-url-status`}
                placeholder={t('ui.field.streamKey.placeholder')}
                onChange={(e) => setStreamKey(e.target.value)}
              />
            </label>
          </>
        )}
        <p id={`${id}-url-hint`} className="muted small field-hint">
          {t('transport.field.url.hint')}
        </p>
        <div className="row">
          <label className="field">
            <span>{t('ui.field.key')}</span>
            <input type="password" value={key} autoComplete="off" onChange={(e) => setKey(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('ui.field.backupKey')}</span>
            <input type="password" value={backupKey} autoComplete="off" onChange={(e) => setBackupKey(e.target.value)} />
          </label>
          <label className="field narrow">
            <span>{t('ui.field.showLength')}</span>
            <input inputMode="decimal" value={showHours} onChange={(e) => setShowHours(e.target.value)} />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={remember} onChange={(e) => toggleRemember(e.target.checked)} />{' '}
          {t('ui.keys.remember')}
        </label>
        <p className="muted small" role="status">
          {keysNote === 'loaded' ? t('ui.keys.remembered') : keysNote === 'not-saved' ? t('ui.keys.not-saved') : t('ui.keys.hint')}
        </p>
        <details className="advanced">
          <summary>{t('ui.start.advanced')}</summary>
          <div className="row">
            <label className="field narrow">
              <span>{t('ui.field.authDelta')}</span>
              <input inputMode="numeric" value={authDelta} onChange={(e) => setAuthDelta(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('ui.run.dns')}</span>
              <input value={dnsServer} spellCheck={false} onChange={(e) => setDnsServer(e.target.value)} />
            </label>
            <label className="field narrow">
              <span>{t('ui.run.pushSeconds')}</span>
              <input inputMode="numeric" value={pushSeconds} onChange={(e) => setPushSeconds(e.target.value)} />
            </label>
          </div>
          <label className="check">
            <input type="checkbox" checked={noPush} onChange={(e) => setNoPush(e.target.checked)} /> {t('ui.run.noPush')}
          </label>
          {!keyGiven && !noPush && live !== true && (
            <label className="check">
              <input type="checkbox" checked={pushReal} onChange={(e) => setPushReal(e.target.checked)} />{' '}
              {t('ui.run.pushReal')}
            </label>
          )}
        </details>
        <ProtocolOptions value={protocols} errors={ladder.errors} onChange={setProtocols} />
        <ApiSettings />
        <UplinkOption value={uplink} keyGiven={keyGiven} noPush={noPush} onChange={setUplink} />
      </form>

      <section className="analysis" aria-live="polite" aria-labelledby={`${id}-analysis`}>
        <h3 id={`${id}-analysis`}>{t('ui.analysis.heading')}</h3>
        <div id={`${id}-url-status`}>
          {error && <p role="alert">{t('ui.error.ipc', { message: error })}</p>}
          {!analysis && !error && <p className="muted">{t('ui.analysis.empty')}</p>}
        </div>
        {analysis && parsed && (
          <div className="analysis-cards">
            <CheckCard title={t('ui.field.url')} status={parsed.status} message={t(parsed.key, parsed.params)} testId="card-url">
              {parsed.notes.length > 0 && (
                <ul className="notes">
                  {parsed.notes.map((n) => (
                    <li key={n.key}>{t(n.key, n.params)}</li>
                  ))}
                </ul>
              )}
            </CheckCard>
            {(
              [
                ['expiry', analysis.expiry],
                ['signature', analysis.signature],
                ['txhost', analysis.txHost]
              ] as const
            ).map(([name, result]) => {
              const d = describeCheck(result, ctx)
              return <CheckCard key={name} title={t(`ui.check.${name}`)} status={result.status} message={t(d.key, d.params)} testId={`card-${name}`} />
            })}
          </div>
        )}
        {analysis?.parse.ok && (
          <SupportLinkCopy
            build={linkFromForm(analysis.parse.url, {
              protocols: ladder.request,
              pushSeconds: parseNumber(pushSeconds),
              noPush,
              showLengthSec: input.showLengthSec,
              authDeltaSec: input.authDeltaSec
            })}
          />
        )}
      </section>

      <LiveQuestion live={live} onChange={setLive} />
      <div className="run-bar">
        {confirming ? (
          <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="card card-warn confirm">
            <p id={`${id}-confirm`}>{t('ui.run.pushReal.confirm')}</p>
            <button type="button" className="primary" onClick={() => startRun(true)}>
              {t('ui.run.pushReal.yes')}
            </button>{' '}
            <button type="button" onClick={() => startRun(false)} autoFocus>
              {t('ui.run.pushReal.no')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="primary big"
            disabled={!canRun}
            onClick={() => (pushReal && !keyGiven && !noPush && !live ? setConfirming(true) : startRun(false))}
          >
            {t('ui.run.start')}
          </button>
        )}
        <button type="button" className="link-button" onClick={onOpenReport}>
          {t('ui.open')}
        </button>
      </div>


      <section className="demo" aria-labelledby={`${id}-demo`}>
        <h3 id={`${id}-demo`}>{t('ui.demo.heading')}</h3>
        <p className="muted small">{t('ui.demo.intro')}</p>
        <div className="actions">
          <label className="field narrow">
            <span>{t('ui.demo.scenario')}</span>
            <select value={demoCase} onChange={(e) => setDemoCase(e.target.value as typeof demoCase)}>
              {DEMO_CASES.map((c) => (
                <option key={c} value={c}>
                  {t(`ui.demo.case.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="demo-button" disabled={!up.ok}
            onClick={() => onDemo(demoCase === 'ok' ? undefined : demoCase, up.ok ? up.request : undefined)}>
            {t('ui.demo.try')}
          </button>
        </div>
      </section>

      <footer className="ffmpeg-status" aria-label={t('ui.ffmpeg.heading')}>
        <strong>
          {t('ui.ffmpeg.heading')}
          {t('ui.colon')}
        </strong>
        {!ffmpeg
          ? t('ui.ffmpeg.checking')
          : ffmpeg.code === 'ffmpeg-ok'
            ? t('ui.ffmpeg.found', {
                version: (ffmpeg.version ?? '').replace(/^ffmpeg version /, ''),
                source: t(`ui.ffmpeg.source.${ffmpeg.source ?? 'path'}`)
              })
            : t(ffmpeg.code)}
      </footer>
    </div>
  )
}
