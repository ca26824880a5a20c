import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FfmpegInfo } from '@shared/ffmpeg'
import type { OfflineInput } from '@shared/push-url'
import { describeCheck, describeParse } from '@shared/describe'
import { CheckCard } from '../components/CheckCard'
import { useOfflineAnalysis } from '../hooks/useOfflineAnalysis'
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
              const d = describeCheck(result, { now, locale: i18n.language, t })
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
