import { useTranslation } from 'react-i18next'
import type { DeepLinkBuild } from '@shared/deep-link'
import { CopyButton } from './CopyButton'

/**
 * "Copy a link for this user": the support link of the check or report on screen, copied through
 * main's clipboard; or, when no link can be made (a raw IP address, an unusual stream name), why.
 */
export function SupportLinkCopy({ build }: { build: DeepLinkBuild }): React.JSX.Element {
  const { t } = useTranslation()
  if (!build.ok) {
    const reason = t(`link.error.${build.code}`, { field: build.field ?? '', max: 1024 })
    return <p className="muted small support-link-copy">{t('link.copy.unavailable', { reason })}</p>
  }
  return (
    <div className="support-link-copy" data-testid="support-link-copy">
      <CopyButton text={build.link} label={t('link.copy')} />
      <p className="muted small">{t('link.copy.hint')}</p>
    </div>
  )
}
