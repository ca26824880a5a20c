import { useTranslation } from 'react-i18next'
import { DEMO_FAILURES } from '@shared/options'
import type { DemoCase, StartForm } from '../../hooks/useStartForm'

/** The demo's scenarios: a healthy push, then each failure it reproduces (src/main/demo). */
const DEMO_CASES: readonly DemoCase[] = ['ok', ...DEMO_FAILURES]

/** "Try the demo": pick a scenario, run it against a local test server on this computer. */
export function DemoSection({
  form,
  id,
  onDemo
}: {
  form: StartForm
  id: string
  onDemo: (fail: Exclude<DemoCase, 'ok'> | undefined) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const { demoCase } = form.fields
  return (
    <section className="demo" aria-labelledby={`${id}-demo`}>
      <h3 id={`${id}-demo`}>{t('ui.demo.heading')}</h3>
      <p className="muted small">{t('ui.demo.intro')}</p>
      <div className="actions">
        <label className="field narrow">
          <span>{t('ui.demo.scenario')}</span>
          <select
            value={demoCase}
            onChange={(e) => form.set({ demoCase: e.target.value as DemoCase })}
          >
            {DEMO_CASES.map((c) => (
              <option key={c} value={c}>
                {t(`ui.demo.case.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="demo-button"
          disabled={!form.uplink.ok}
          onClick={() => onDemo(demoCase === 'ok' ? undefined : demoCase)}
        >
          {t('ui.demo.try')}
        </button>
      </div>
    </section>
  )
}
