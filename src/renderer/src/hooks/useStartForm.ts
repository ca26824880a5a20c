/**
 * The start form's state in one reducer: what the user typed and ticked, the remembered keys, the
 * support link that filled it; plus what follows from it (the offline input, whether Run is
 * allowed) and the request a Run sends. The start screen's pieces only render it.
 */
import { useEffect, useReducer, useState, type Dispatch } from 'react'
import type { DemoRequest, PreflightRequest } from '@shared/ipc-contract'
import { PUSH_SECONDS } from '@shared/options'
import type { OfflineAnalysis, OfflineInput, PushUrl } from '@shared/push-url'
import type { LinkPanelState } from '../components/SupportLinkPanel'
import { api } from '../lib/api'
import { checkProtocols, DEFAULT_PROTOCOLS, type ProtocolChoice } from '../lib/protocol-options'
import { formFromLink, type LinkFormFill } from '../lib/support-link'
import { DEFAULT_UPLINK, uplinkRequest, type UplinkChoice } from '../lib/uplink-field'
import { useOfflineAnalysis } from './useOfflineAnalysis'
import type { IncomingLink } from './useSupportLink'

/** A scenario of the demo: a healthy push, or one failure it reproduces. */
export type DemoCase = 'ok' | NonNullable<DemoRequest['fail']>

/** What the start form holds, as typed (numbers stay text until a run reads them). */
export interface StartFields {
  mode: 'url' | 'obs'
  url: string
  server: string
  streamKey: string
  key: string
  backupKey: string
  remember: boolean
  keysNote: '' | 'loaded' | 'not-saved'
  authDelta: string
  showHours: string
  dnsServer: string
  pushSeconds: string
  uplink: UplinkChoice
  noPush: boolean
  pushReal: boolean
  protocols: ProtocolChoice
  /** Is the stream live right now? Unanswered (undefined) blocks the run: see LiveQuestion. */
  live?: boolean
  demoCase: DemoCase
  /** Run is asking whether the test push may go to the real stream name. */
  confirming: boolean
}

/** Change some fields of the form. */
type SetFields = (patch: Partial<StartFields>) => void

type Action = { type: 'set'; patch: Partial<StartFields> } | { type: 'link'; fill: LinkFormFill }

const INITIAL: StartFields = {
  mode: 'url',
  url: '',
  server: '',
  streamKey: '',
  key: '',
  backupKey: '',
  remember: false,
  keysNote: '',
  authDelta: '',
  showHours: '',
  dnsServer: '',
  pushSeconds: String(PUSH_SECONDS.default),
  uplink: DEFAULT_UPLINK,
  noPush: false,
  pushReal: false,
  protocols: DEFAULT_PROTOCOLS,
  live: undefined,
  demoCase: 'ok',
  confirming: false
}

function reduce(s: StartFields, a: Action): StartFields {
  if (a.type === 'set') return { ...s, ...a.patch }
  const { fill } = a
  // The options the link carries; what it leaves out stays as the user had it.
  return {
    ...s,
    mode: 'url',
    url: fill.url,
    protocols: {
      ...s.protocols,
      transports: fill.transports ?? s.protocols.transports,
      rtmpsPort: fill.rtmpsPort ?? s.protocols.rtmpsPort,
      srtPort: fill.srtPort ?? s.protocols.srtPort
    },
    pushSeconds: fill.pushSeconds ?? s.pushSeconds,
    noPush: fill.noPush ?? s.noPush,
    showHours: fill.showHours ?? s.showHours,
    authDelta: fill.authDelta ?? s.authDelta,
    uplink: {
      on: fill.uplink ?? s.uplink.on,
      kbpsText: fill.bitrate ?? s.uplink.kbpsText
    }
  }
}

/** Optional non-negative number from a text field; undefined when empty or invalid. */
export function parseNumber(text: string): number | undefined {
  const n = Number(text.trim())
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n
}

/** The offline analysis' input from the form. */
function offlineInput(f: StartFields): OfflineInput {
  const { key, backupKey } = f
  const hours = parseNumber(f.showHours)
  return {
    url: f.mode === 'url' ? { url: f.url } : { server: f.server, streamKey: f.streamKey },
    keys:
      key || backupKey ? { primary: key || undefined, backup: backupKey || undefined } : undefined,
    authDeltaSec: parseNumber(f.authDelta),
    showLengthSec: hours === undefined ? undefined : hours * 3600
  }
}

/** Load the remembered keys once, when the form first shows. */
function useRememberedKeys(dispatch: Dispatch<Action>): void {
  useEffect(() => {
    let stale = false
    api()
      .keysLoad()
      .then((keys) => {
        if (stale || !keys) return
        const patch = { key: keys.primary ?? '', backupKey: keys.backup ?? '' }
        dispatch({ type: 'set', patch: { ...patch, remember: true, keysNote: 'loaded' } })
      })
      .catch(() => undefined)
    return () => {
      stale = true
    }
  }, [dispatch])
}

/**
 * A support link fills the URL (without signature) and the options it carries; a refused one only
 * says why. A new `incoming` object (its `seq` tells the same link clicked twice apart) fills the
 * form again; the panel is what the screen shows about it until dismissed.
 */
function useIncomingLink(
  incoming: IncomingLink | undefined,
  dispatch: Dispatch<Action>
): [LinkPanelState | undefined, (panel: LinkPanelState | undefined) => void] {
  const [panel, setPanel] = useState<LinkPanelState | undefined>()
  const [seen, setSeen] = useState<IncomingLink | undefined>()
  // Adjusting state while rendering when a prop changes (React's documented pattern for it).
  if (incoming !== seen) {
    setSeen(incoming)
    if (incoming && !incoming.result.ok) setPanel({ error: incoming.result })
    if (incoming && incoming.result.ok) {
      setPanel({ link: incoming.result.link })
      dispatch({ type: 'link', fill: formFromLink(incoming.result.link) })
    }
  }
  return [panel, setPanel]
}

/** The start form: its fields, what follows from them, and the request a Run sends. */
export interface StartForm {
  fields: StartFields
  set: SetFields
  input: OfflineInput
  analysis?: OfflineAnalysis
  /** A refused offline-analysis call. */
  error?: string
  ladder: ReturnType<typeof checkProtocols>
  uplink: ReturnType<typeof uplinkRequest>
  keyGiven: boolean
  canRun: boolean
  /** Run asks first: the user ticked a test push to the real stream name, and nothing forbids it. */
  confirmsRealPush: boolean
  linkPanel?: LinkPanelState
  setLinkPanel: (panel: LinkPanelState | undefined) => void
  toggleRemember: (on: boolean) => void
  /** Save the keys when "remember" is ticked, and build the request of a Run. */
  run: (pushRealStream: boolean) => {
    req: Omit<PreflightRequest, 'runId'>
    fullUrl?: PushUrl
  }
}

/** The start form's state, derived values and actions. */
export function useStartForm(incoming?: IncomingLink): StartForm {
  const [fields, dispatch] = useReducer(reduce, INITIAL)
  const set: SetFields = (patch) => dispatch({ type: 'set', patch })
  useRememberedKeys(dispatch)
  const [linkPanel, setLinkPanel] = useIncomingLink(incoming, dispatch)
  const { key, backupKey, noPush, live } = fields
  const input = offlineInput(fields)
  const { analysis, error } = useOfflineAnalysis(input)
  const keyGiven = key.trim() !== '' || backupKey.trim() !== ''
  const ladder = checkProtocols(fields.protocols)
  // The uplink test runs only with the test push; off, or with no push, it adds nothing.
  const uplink = uplinkRequest({ ...fields.uplink, on: fields.uplink.on && !noPush })
  const canRun =
    analysis?.parse.ok === true && ladder.request !== undefined && live !== undefined && uplink.ok

  function toggleRemember(on: boolean): void {
    set({ remember: on, keysNote: '' })
    // Unticking forgets at once: the user should not have to run a check to delete a secret.
    if (!on)
      void api()
        .keysForget()
        .catch(() => undefined)
  }

  function run(pushRealStream: boolean): ReturnType<StartForm['run']> {
    set({ confirming: false })
    if (fields.remember && keyGiven) {
      void api()
        .keysSave({ primary: key || undefined, backup: backupKey || undefined })
        .then((ok) => set({ keysNote: ok ? '' : 'not-saved' }))
        .catch(() => set({ keysNote: 'not-saved' }))
    }
    const seconds = parseNumber(fields.pushSeconds)
    const pushSeconds =
      seconds === undefined
        ? undefined
        : Math.max(PUSH_SECONDS.min, Math.min(PUSH_SECONDS.max, Math.round(seconds)))
    const req: Omit<PreflightRequest, 'runId'> = {
      ...input,
      ...ladder.request,
      dnsServer: fields.dnsServer.trim() || undefined,
      pushSeconds,
      noPush,
      ...(uplink.ok ? uplink.request : {}),
      // Never a push to the real name of a live stream, and no probe of it either.
      pushRealStream: !keyGiven && !noPush && !live && pushRealStream,
      realProbe: !live
    }
    return { req, fullUrl: analysis?.parse.ok ? analysis.parse.url : undefined }
  }

  return {
    fields,
    set,
    input,
    analysis,
    error,
    ladder,
    uplink,
    keyGiven,
    canRun,
    confirmsRealPush: fields.pushReal && !keyGiven && !noPush && !live,
    linkPanel,
    setLinkPanel,
    toggleRemember,
    run
  }
}
