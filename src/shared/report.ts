/**
 * The Report: one JSON-serialisable object that holds everything a preflight run found — inputs
 * (secrets redacted), environment, every check result, the phase timeline, the ranked causes
 * and the verdict. The CLI prints it with --json; the app shows and saves it.
 */

/** Stable ids of the causes the diagnosis can name (Tencent's five steps plus two of ours). */
export const CAUSE_IDS = [
  'cname',
  'network',
  'expiry',
  'signature',
  'stream-in-use',
  'stream-dropped',
  'ffmpeg'
] as const
export type CauseId = (typeof CAUSE_IDS)[number]

/** How sure the diagnosis is. `confirmed` only with evidence that shows it. */
export type Confidence = 'confirmed' | 'likely' | 'possible'

/** Overall answer to "will my push work from here?". */
export type Verdict = 'ready' | 'warnings' | 'not-ready'

/** The phases a push goes through, in order. */
export const PHASES = ['url', 'ffmpeg', 'dns', 'port', 'handshake', 'publish', 'push'] as const
export type Phase = (typeof PHASES)[number]

/** A pointer from a cause to the check result that supports it. */
export interface EvidenceRef {
  /** The check (key of Report.checks). */
  check: string
  /** That result's code (its i18n text explains it). */
  code: string
  params?: Record<string, string | number>
}

/** One diagnosed cause, with what to do about it. */
export interface Cause {
  id: CauseId
  severity: 'fail' | 'warn'
  confidence: Confidence
  /** A diagnosis code (i18n key `diag.<reason>`): the cause in plain words for this evidence. */
  reason: string
  params?: Record<string, string | number>
  evidence: EvidenceRef[]
  /** When the evidence cannot separate causes: i18n keys saying what tells them apart. */
  tellApart?: string[]
}

/** One moment of the run, ms after the run started. */
export interface TimelineEvent {
  at: number
  phase: Phase
  /** e.g. 'start', 'pass', 'fail', 'tcp-connected', 'publish-sent', 'accepted', 'ended'. */
  event: string
  /** A short, redacted detail (a server status, an end kind). */
  detail?: string
}

/** What identifies "this network": used to tell whether the user really switched networks. */
export interface NetworkIdentity {
  interfaces: Array<{ name: string; addresses: string[]; mac?: string }>
  defaultGateway?: string
  dnsServers: string[]
}
