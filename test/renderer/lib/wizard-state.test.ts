import { beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../../src/shared/report'
import {
  INITIAL_WIZARD,
  wizardReducer,
  type RunState,
  type WizardAction,
  type WizardState
} from '../../../src/renderer/src/lib/wizard-state'
import { clone, readyReport } from '../ready-report'

const REQUEST = { url: { url: 'rtmp://push.cards.test/live/cards' } }

function run(runId: string, onHotspot = false): RunState {
  return { runId, status: 'running', onHotspot, phases: {}, startedAt: 0 }
}

function play(...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, INITIAL_WIZARD)
}

const launch = (runId: string): WizardAction => ({
  type: 'launch',
  run: run(runId),
  origin: { kind: 'check', request: REQUEST }
})

describe('the wizard reducer', () => {
  let ready: Report
  beforeAll(async () => {
    ready = await readyReport()
  })

  it('progress and the end of a run no longer on screen change nothing', () => {
    const progress: WizardAction = {
      type: 'progress',
      runId: 'a',
      progress: { phase: 'dns', state: 'pass', atMs: 12 }
    }
    const s = play(launch('a'), launch('b'), progress, {
      type: 'finished',
      runId: 'a',
      report: ready
    })
    expect(s.screen.view).toBe('running')
    expect(s.screen.view === 'running' && s.screen.run).toEqual(run('b'))
    const own = wizardReducer(s, { ...progress, runId: 'b' })
    expect(own.screen.view === 'running' && own.screen.run.phases.dns).toEqual({
      state: 'pass',
      atMs: 12
    })
    // Back on the start form, a late report does not bring the result back.
    const edited = play(
      launch('a'),
      { type: 'edit' },
      { type: 'finished', runId: 'a', report: ready }
    )
    expect(edited.screen).toEqual({ view: 'start' })
  })

  it('a finished check shows its report with the check it came from; a refused call an error', () => {
    const s = play(launch('a'), { type: 'finished', runId: 'a', report: ready })
    expect(s.screen).toEqual({
      view: 'result',
      report: ready,
      base: ready,
      origin: { kind: 'check', request: REQUEST },
      hotspot: { stage: 'none' }
    })
    const failed = play(launch('a'), { type: 'failed', runId: 'a', message: 'gone' })
    expect(failed.screen.view === 'running' && failed.screen.run).toMatchObject({
      status: 'error',
      error: 'gone'
    })
  })

  it('the hotspot run: compared with the first report, or back to the offer when cancelled', () => {
    const other = clone(ready)
    const first = play(launch('a'), { type: 'finished', runId: 'a', report: ready })
    const hotspot: WizardAction = {
      type: 'launch',
      run: run('h', true),
      origin: { kind: 'check', request: REQUEST },
      hotspotOf: { base: ready, changes: [] }
    }
    const done = wizardReducer(first, hotspot)
    const compared = wizardReducer(done, { type: 'finished', runId: 'h', report: other })
    expect(compared.screen.view === 'result' && compared.screen.report.comparison?.other).toBe(
      other
    )
    expect(compared.screen.view === 'result' && compared.screen.base).toBe(ready)
    const cancelled = wizardReducer(done, {
      type: 'finished',
      runId: 'h',
      report: { ...other, cancelled: true }
    })
    expect(cancelled.screen.view === 'result' && cancelled.screen.report).toBe(ready)
    expect(cancelled.screen.view === 'result' && cancelled.screen.hotspot).toEqual({
      stage: 'offer'
    })
  })

  it('an opened report is a saved one; a failed open keeps the screen and says why', () => {
    const failed = play({ type: 'open-failed', error: 'not-a-report' })
    expect(failed).toEqual({ screen: { view: 'start' }, openError: 'not-a-report' })
    const opened = wizardReducer(failed, { type: 'opened', report: ready, fileName: 'r.json' })
    expect(opened.openError).toBeUndefined()
    expect(opened.screen.view === 'result' && opened.screen.origin).toEqual({
      kind: 'saved',
      fileName: 'r.json'
    })
    // No retry from a saved report, and a hotspot change does not apply to the start form.
    expect(wizardReducer(INITIAL_WIZARD, { type: 'hotspot', hotspot: { stage: 'same' } })).toBe(
      INITIAL_WIZARD
    )
  })
})
