/**
 * The start form's "Protocols" settings, pure: which ways to push are tried, the RTMPS and SRT
 * ports when the URL names none, an extra trusted CA; each checked into a field message or the
 * fields of the PreflightRequest.
 */
import { caPemProblem, type CaPemProblem } from '@shared/ca-pem'
import type { PreflightRequest } from '@shared/ipc-contract'
import { TRANSPORTS, type Transport } from '@shared/transport'

/** What the user set, as typed (ports are text; empty = the protocol's default). */
export interface ProtocolChoice {
  transports: readonly Transport[]
  rtmpsPort: string
  srtPort: string
  /** Extra CA certificate(s), PEM; empty = none. */
  caPem: string
}

/** The defaults: all three protocols, default ports, no extra CA. */
export const DEFAULT_PROTOCOLS: ProtocolChoice = {
  transports: TRANSPORTS,
  rtmpsPort: '',
  srtPort: '',
  caPem: ''
}

/** A field's problem (its text is `transport.form.<code>`). */
export type ProtocolFieldError = 'no-transport' | 'bad-port' | CaPemProblem

/** Field messages by field; empty when everything can be sent. */
export interface ProtocolErrors {
  transports?: ProtocolFieldError
  rtmpsPort?: ProtocolFieldError
  srtPort?: ProtocolFieldError
  caPem?: ProtocolFieldError
}

/** The request's ladder fields: only what differs from the engine's defaults is sent. */
export type ProtocolRequest = Pick<
  PreflightRequest,
  'transports' | 'rtmpsPort' | 'srtPort' | 'caPem'
>

/** A port typed in a field: undefined when empty, NaN when it is not a port 1–65535. */
function portOf(text: string): number | undefined {
  const s = text.trim()
  if (s === '') return undefined
  const n = /^\d{1,5}$/.test(s) ? Number(s) : NaN
  return n >= 1 && n <= 65535 ? n : NaN
}

/** Check the settings: field messages, and the request fields when there are none. */
export function checkProtocols(choice: ProtocolChoice): {
  errors: ProtocolErrors
  request?: ProtocolRequest
} {
  const errors: ProtocolErrors = {}
  if (choice.transports.length === 0) errors.transports = 'no-transport'
  const rtmpsPort = portOf(choice.rtmpsPort)
  const srtPort = portOf(choice.srtPort)
  if (Number.isNaN(rtmpsPort)) errors.rtmpsPort = 'bad-port'
  if (Number.isNaN(srtPort)) errors.srtPort = 'bad-port'
  const pem = choice.caPem.trim()
  const caProblem = pem === '' ? undefined : caPemProblem(pem)
  if (caProblem) errors.caPem = caProblem
  if (Object.keys(errors).length > 0) return { errors }
  const request: ProtocolRequest = {}
  // Keep TRANSPORTS' order whatever order the boxes were ticked in.
  if (choice.transports.length < TRANSPORTS.length) {
    request.transports = TRANSPORTS.filter((t) => choice.transports.includes(t))
  }
  if (rtmpsPort !== undefined) request.rtmpsPort = rtmpsPort
  if (srtPort !== undefined) request.srtPort = srtPort
  if (pem !== '') request.caPem = pem
  return { errors, request }
}
