/**
 * The only file in main that touches ipcMain. Handlers are typed from the
 * shared contract, answer only our own window's webContents, and get arguments that were
 * re-validated here (the renderer is not trusted).
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type {
  EventChannel,
  EventContract,
  InvokeArgs,
  InvokeChannel,
  InvokeResult
} from '../shared/ipc-contract'
import type { Checked } from './ipc-validate'

/** A validator turns unknown input into typed arguments, or returns an error message. */
export type ArgsValidator<C extends InvokeChannel> = (args: unknown[]) => Checked<InvokeArgs<C>>

/** Lift a one-argument validator to an argument-list validator. */
export function oneArg<T>(check: (v: unknown) => Checked<T>): (args: unknown[]) => Checked<[T]> {
  return (args) => {
    if (args.length !== 1) return { ok: false, error: 'takes exactly one argument' }
    const r = check(args[0])
    return r.ok ? { ok: true, value: [r.value] } : r
  }
}

/** What a handler may know about the call besides its arguments. */
export interface HandlerContext {
  /** The calling page: where progress events of this call go. */
  sender: WebContents
}

/** A handler implementation for one channel: the validated arguments, then the call context. */
export type Handler<C extends InvokeChannel> = (
  ...args: [...InvokeArgs<C>, HandlerContext]
) => Promise<InvokeResult<C>> | InvokeResult<C>

/** The error thrown back to the renderer for a rejected call (no stack, no internals). */
class IpcRejected extends Error {}

/** Decide whether an IPC event comes from a window we own. Set once at startup. */
export type SenderCheck = (sender: WebContents, frameUrl: string | undefined) => boolean

/**
 * Register one invoke handler. The sender is checked, then the arguments are validated; only then
 * does the implementation run.
 */
export function handle<C extends InvokeChannel>(
  channel: C,
  isTrustedSender: SenderCheck,
  validate: ArgsValidator<C>,
  impl: Handler<C>,
  ipc: Pick<typeof ipcMain, 'handle'> = ipcMain
): void {
  ipc.handle(channel, async (event: IpcMainInvokeEvent, ...raw: unknown[]) => {
    if (!isTrustedSender(event.sender, event.senderFrame?.url)) {
      throw new IpcRejected(`${channel}: refused, the request did not come from the app window`)
    }
    const checked = validate(raw)
    if (!checked.ok) throw new IpcRejected(`${channel}: ${checked.error}`)
    return impl(...checked.value, { sender: event.sender })
  })
}

/** One channel's validator and implementation. */
export interface ChannelHandler<C extends InvokeChannel> {
  validate: ArgsValidator<C>
  impl: Handler<C>
}

/** Handlers for some channels, keyed by channel: what each feature contributes. */
export type HandlerGroup<K extends InvokeChannel> = { [C in K]: ChannelHandler<C> }

/** Handlers for every channel of the contract: a channel without one does not type-check. */
export type HandlerMap = HandlerGroup<InvokeChannel>

/** Register a group (or the whole map) of handlers, each behind the sender check. */
export function registerHandlers<K extends InvokeChannel>(
  group: HandlerGroup<K>,
  isTrustedSender: SenderCheck,
  ipc: Pick<typeof ipcMain, 'handle'> = ipcMain
): void {
  for (const channel of Object.keys(group) as K[]) {
    const h = group[channel]
    handle(channel, isTrustedSender, h.validate, h.impl, ipc)
  }
}

/** Send a typed event to one webContents (no-op once it is destroyed). */
export function sendEvent<E extends EventChannel>(
  target: WebContents,
  channel: E,
  payload: EventContract[E]
): void {
  if (!target.isDestroyed()) target.send(channel, payload)
}
