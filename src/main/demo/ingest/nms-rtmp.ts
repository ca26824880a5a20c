/**
 * node-media-server's RTMP protocol engine, typed for the parts the ingest uses, with one
 * interception point before it answers `publish`. NMS is CommonJS without types or an exports
 * map; its protocol module is self-contained (no process-wide context), so it can be
 * instantiated per connection.
 */
import { createRequire } from 'node:module'

/** An audio/video/data packet as NMS reports it. */
export interface NmsAvPacket {
  codec_type: number
  flags: number
  size: number
}

/** A command NMS decoded (here: `publish`). */
export interface NmsInvoke {
  cmd: string
  transId: number
  streamName?: string
}

/** The members of NMS's `Rtmp` class the ingest calls or sets. */
interface NmsRtmp {
  onConnectCallback: (req: unknown) => void
  onPushCallback: () => void
  onPlayCallback: () => void
  onPacketCallback: (packet: NmsAvPacket) => void
  onOutputCallback: (buffer: Buffer) => void
  parserData(buffer: Buffer): string | null
  onPublish(invoke: NmsInvoke): void
  sendStatusMessage(streamId: number, level: string, code: string, description: string): void
  parserPacket: { header: { stream_id: number } }
  streamApp?: string
  streamHost?: string
  connectCmdObj?: { tcUrl?: unknown }
}
type NmsRtmpCtor = new () => NmsRtmp

const requireCjs = createRequire(import.meta.url)
const NmsRtmpBase = requireCjs('node-media-server/src/protocol/rtmp.js') as NmsRtmpCtor

/**
 * NMS's Rtmp with one interception point. NMS's `onPublish` sends `NetStream.Publish.Start`
 * *before* any hook can run, so an nginx-style ingest must decide inside `onPublish`, before
 * calling the original. Overriding this one method keeps every other byte NMS's own.
 */
export class IngestRtmp extends NmsRtmpBase {
  constructor(
    private readonly beforePublishReply: (invoke: NmsInvoke, streamId: number) => boolean
  ) {
    super()
  }

  override onPublish(invoke: NmsInvoke): void {
    // Returning false means the publish was answered (or dropped) by the hook.
    if (this.beforePublishReply(invoke, this.parserPacket.header.stream_id)) super.onPublish(invoke)
  }
}
