/**
 * Tencent CSS's stream interruption codes ("Stream Interruption Records"), as data: what each
 * means and which of our causes it points to. The texts are the i18n keys `tencent.stop.<id>`
 * (en, id, zh-CN). Codes not listed read as "unknown" with Tencent's own text kept.
 */

/** Where the codes come from (Tencent's public documentation, read 2025). */
export const STOP_REASON_SOURCES = [
  'https://www.tencentcloud.com/document/product/267/31083',
  'https://intl.cloud.tencent.com/document/product/267/31083'
] as const

/** What a stop reason says about the push, as far as the diagnosis is concerned. */
export const STOP_REASON_KINDS = [
  'client',
  'internal',
  'content',
  'network',
  'account',
  'domain',
  'disabled',
  'expiry',
  'signature',
  'in-use',
  'unknown'
] as const
export type StopReasonKind = (typeof STOP_REASON_KINDS)[number]

/** A decoded stop reason: Tencent's errcode and sub code, our id for its text, and its kind. */
export interface StopReason {
  errcode: number
  sub: number
  /** i18n key suffix: `tencent.stop.<id>`. */
  id: string
  kind: StopReasonKind
}

/** errcode (sub 0) → id and kind. 1–4: the pusher stopped; 12–17: the pusher's network. */
const TOP: Record<number, [string, StopReasonKind]> = {
  0: ['unknown', 'unknown'],
  1: ['client-stopped', 'client'],
  2: ['client-stopped', 'client'],
  3: ['client-stopped', 'client'],
  4: ['client-stopped', 'client'],
  5: ['internal-error', 'internal'],
  6: ['rtmp-content', 'content'],
  7: ['frame-too-large', 'content'],
  8: ['no-data', 'content'],
  9: ['internal-error', 'internal'],
  10: ['proxy-cut', 'internal'],
  11: ['internal-error', 'internal'],
  12: ['client-network', 'network'],
  13: ['client-network', 'network'],
  14: ['client-network', 'network'],
  15: ['client-network', 'network'],
  16: ['client-network', 'network'],
  17: ['client-network', 'network']
}

/** errcode 18 (refused by the access rules) sub codes → id and kind. */
const REFUSED: Record<number, [string, StopReasonKind]> = {
  100: ['internal-error', 'internal'],
  101: ['internal-error', 'internal'],
  102: ['internal-error', 'internal'],
  103: ['internal-error', 'internal'],
  104: ['internal-error', 'internal'],
  200: ['account-lookup', 'account'],
  201: ['service-suspended', 'account'],
  202: ['service-arrears', 'account'],
  203: ['service-disabled', 'account'],
  300: ['ip-push-not-allowed', 'domain'],
  301: ['domain-unknown', 'domain'],
  303: ['domain-disabled', 'disabled'],
  305: ['stream-disabled', 'disabled'],
  500: ['txtime-missing', 'expiry'],
  501: ['txtime-expired', 'expiry'],
  502: ['txsecret-missing', 'signature'],
  503: ['txsecret-wrong', 'signature'],
  601: ['too-many-pushers', 'in-use'],
  602: ['too-many-pushers', 'in-use']
}

/** Every text id a stop reason can have (the i18n tests check each exists in every language). */
export const STOP_REASON_IDS: readonly string[] = [
  ...new Set([...Object.values(TOP), ...Object.values(REFUSED)].map(([id]) => id))
]

/** The meaning of errcode/sub; unknown pairs keep their numbers and read as "unknown". */
export function stopReasonOf(errcode: number, sub: number): StopReason {
  const hit = errcode === 18 ? REFUSED[sub] : sub === 0 ? TOP[errcode] : undefined
  const [id, kind] = hit ?? ['unknown', 'unknown']
  return { errcode, sub, id, kind }
}
