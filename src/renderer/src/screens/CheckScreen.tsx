import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FfmpegInfo } from '@shared/ffmpeg'
import type { OfflineInput } from '@shared/push-url'
import { describeCheck, describeParse } from '@shared/describe'
import { pickLanguage, timeWordsFor } from '@shared/i18n'
import { CheckCard } from '../components/CheckCard'
import { RunProgress } from '../components/RunProgress'
import { ReportView } from '../components/ReportView'
import { useOfflineAnalysis } from '../hooks/useOfflineAnalysis'
import { usePreflightRun } from '../hooks/usePreflightRun'
import { api } from '../lib/api'

type Mode = 'url' | 'obs'

/** Optional non-negative number from a text field; undefined when empty or invalid. */
function parseNumber(text: string): number | undefined {
  const n = Number(text.trim())
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n
}

/** First screen: paste a push URL (or the OBS pair) and see the offline analysis as you type. */
export function CheckScreen(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [mode, setMode] = useState<Mode>('url')
  const [url, setUrl] = useState('')
  const [server, setServer] = useState('')
  const [streamKey, setStreamKey] = useState('')
  const [key, setKey] = useState('')
  const [backupKey, setBackupKey] = useState('')
  const [authDelta, setAuthDelta] = useState('')
  const [showHours, setShowHours] = useState('')
  const [ffmpeg, setFfmpeg] = useState<FfmpegInfo | undefined>()
  const [dnsServer, setDnsServer] = useState('')
  const [pushSeconds, setPushSeconds] = useState('8')
  const [noPush, setNoPush] = useState(false)
  const [pushReal, setPushReal] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const { run, start, cancel } = usePreflightRun()

  useEffect(() => {
    let stale = false
    api()
      .ffmpegLocate()
      .then((info) => !stale && setFfmpeg(info))
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
  const now = Date.now()
  const parsed = analysis ? describeParse(analysis.parse) : undefined
  const keyGiven = key.trim() !== '' || backupKey.trim() !== ''
  const canRun = analysis?.parse.ok === true && run.status !== 'running'

  function startRun(pushRealStream: boolean): void {
    setConfirming(false)
    const seconds = parseNumber(pushSeconds)
    start({
      ...input,
      dnsServer: dnsServer.trim() || undefined,
      pushSeconds: seconds === undefined ? undefined : Math.max(1, Math.min(600, Math.round(seconds))),
      noPush,
      pushRealStream: !keyGiven && !noPush && pushRealStream
    })
  }

  return (
    <div className="screen check-screen">
      <form className="url-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="mode">
          <legend className="sr-only">{t('ui.mode.url')}</legend>
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
              placeholder={t('ui.field.url.placeholder')}
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
                placeholder={t('ui.field.streamKey.placeholder')}
                onChange={(e) => setStreamKey(e.target.value)}
              />
            </label>
          </>
        )}
        <div className="row">
          <label className="field">
            <span>{t('ui.field.key')}</span>
            <input type="password" value={key} autoComplete="off" onChange={(e) => setKey(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('ui.field.backupKey')}</span>
            <input
              type="password"
              value={backupKey}
              autoComplete="off"
              onChange={(e) => setBackupKey(e.target.value)}
            />
          </label>
          <label className="field narrow">
            <span>{t('ui.field.authDelta')}</span>
            <input inputMode="numeric" value={authDelta} onChange={(e) => setAuthDelta(e.target.value)} />
          </label>
          <label className="field narrow">
            <span>{t('ui.field.showLength')}</span>
            <input inputMode="decimal" value={showHours} onChange={(e) => setShowHours(e.target.value)} />
          </label>
        </div>
      </form>

      <section className="analysis" aria-live="polite" aria-label={t('ui.analysis.heading')}>
        <h2>{t('ui.analysis.heading')}</h2>
        {error && <p role="alert">{t('ui.error.ipc', { message: error })}</p>}
        {!analysis && !error && <p className="muted">{t('ui.analysis.empty')}</p>}
        {analysis && parsed && (
          <>
            <CheckCard
              title={t('ui.field.url')}
              status={parsed.status}
              message={t(parsed.key, parsed.params)}
              testId="card-url"
            >
              {parsed.notes.length > 0 && (
                <ul className="notes">
                  {parsed.notes.map((n) => (
                    <li key={n.key}>{t(n.key, n.params)}</li>
                  ))}
                </ul>
              )}
            </CheckCard>
            {([
              ['expiry', analysis.expiry],
              ['signature', analysis.signature],
              ['txhost', analysis.txHost]
            ] as const).map(([name, result]) => {
              const d = describeCheck(result, { now, locale: i18n.language, words: timeWordsFor(pickLanguage(i18n.language)), t })
              return (
                <CheckCard
                  key={name}
                  title={t(`ui.check.${name}`)}
                  status={result.status}
                  message={t(d.key, d.params)}
                  testId={`card-${name}`}
                />
              )
            })}
          </>
        )}
      </section>

      <section className="run" aria-label={t('ui.run.start')}>
        <div className="row run-options">
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
        {!keyGiven && !noPush && (
          <label className="check">
            <input type="checkbox" checked={pushReal} onChange={(e) => setPushReal(e.target.checked)} /> {t('ui.run.pushReal')}
          </label>
        )}
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
            className="primary"
            disabled={!canRun}
            onClick={() => (pushReal && !keyGiven && !noPush ? setConfirming(true) : startRun(false))}
          >
            {run.status === 'idle' ? t('ui.run.start') : t('ui.run.again')}
          </button>
        )}
        {run.status !== 'idle' && <RunProgress run={run} onCancel={cancel} />}
        {run.status === 'error' && <p role="alert">{t('ui.error.ipc', { message: run.error ?? '' })}</p>}
        {run.report && <ReportView report={run.report} />}
      </section>

      <footer className="ffmpeg-status" aria-label={t('ui.ffmpeg.heading')}>
        <strong>{t('ui.ffmpeg.heading')}: </strong>
        {!ffmpeg
          ? t('ui.ffmpeg.checking')
          : ffmpeg.code === 'ffmpeg-ok'
            ? t('ui.ffmpeg.found', { version: ffmpeg.version ?? '?', source: ffmpeg.source ?? '?' })
            : t(ffmpeg.code)}
      </footer>
    </div>
  )
}
