import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './components/LanguageSwitch'
import { CheckScreen } from './screens/CheckScreen'
import { GenerateScreen } from './screens/GenerateScreen'
import { useSupportLink } from './hooks/useSupportLink'

type Tab = 'check' | 'generate'
const TABS: readonly Tab[] = ['check', 'generate']

/** The app frame: title, language, tabs (arrow keys move between them), the active screen. */
export function App(): React.JSX.Element {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('check')
  const incoming = useSupportLink()
  // A support link opens the check, whatever tab was showing (adjusting state while rendering
  // when a new link arrives, rather than in an effect).
  const [seen, setSeen] = useState(incoming)
  if (incoming !== seen) {
    setSeen(incoming)
    if (incoming) setTab('check')
  }

  function onTabKey(e: React.KeyboardEvent): void {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return
    const next =
      TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]
    setTab(next)
    document.getElementById(`tab-${next}`)?.focus()
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t('ui.title')}</h1>
          <p className="tagline">{t('ui.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <nav role="tablist" aria-label={t('ui.title')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'tab active' : 'tab'}
            onClick={() => setTab(id)}
          >
            {t(`ui.tab.${id}`)}
          </button>
        ))}
      </nav>
      {/* Both panels stay mounted so switching tabs never loses a run or what was typed. */}
      <main>
        <div id="panel-check" role="tabpanel" aria-labelledby="tab-check" hidden={tab !== 'check'}>
          <CheckScreen incoming={incoming} />
        </div>
        <div
          id="panel-generate"
          role="tabpanel"
          aria-labelledby="tab-generate"
          hidden={tab !== 'generate'}
        >
          <GenerateScreen />
        </div>
      </main>
    </div>
  )
}
