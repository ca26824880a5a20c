import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FfmpegInfo } from '@shared/ffmpeg'
import { api } from '../../lib/api'

/** The footer line: which ffmpeg the test push will use, or why there is none. */
export function FfmpegStatus(): React.JSX.Element {
  const { t } = useTranslation()
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
  return (
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
  )
}
