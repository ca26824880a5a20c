/**
 * Loopback servers for the network-probe tests: plain TCP misbehaviours, a scripted RTMP server
 * built on the engine's own chunk/AMF0 code, and node-media-server 4.4.3 in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Amf0Value } from '../../../src/main/preflight/rtmp/amf0'
import {
  ChunkReader,
  encodeChunks,
  setChunkSizeMessage,
  windowAckSizeMessage
} from '../../../src/main/preflight/rtmp/chunk'
import {
  commandMessage,
  decodeCommand,
  type RtmpCommand
} from '../../../src/main/preflight/rtmp/client'

/** A listening loopback server and its sockets (destroyed on close). */
export interface TestServer {
  port: number
  close: () => Promise<void>
}

/** Starts a TCP server on 127.0.0.1:0 that hands each socket to `onSocket`. */
export async function startTcp(onSocket: (s: net.Socket) => void): Promise<TestServer> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
    s.on('error', () => undefined)
    onSocket(s)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as net.AddressInfo).port
  return {
    port,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      })
  }
}

/** A port that was bound and closed: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const s = await startTcp(() => undefined)
  await s.close()
  return s.port
}

/** What a scripted RTMP server does after each command. Return messages to send, or 'close'/'reset'. */
export type Script = (
  cmd: RtmpCommand,
  reply: (name: string, tx: number, args: Amf0Value[], streamId?: number) => void,
  socket: net.Socket
) => void

/** Chunk size the scripted server announces and writes with. */
const OUT_CHUNK = 4096

/** A tiny RTMP server: plain handshake (S2 = C1), then commands handed to `script`. */
export async function startScriptedRtmp(
  script: Script
): Promise<TestServer & { commands: string[] }> {
  const commands: string[] = []
  const srv = await startTcp((socket) => {
    let hello = Buffer.alloc(0)
    let handshakeDone = false
    let c2Left = 1536
    const reader = new ChunkReader()
    const reply = (name: string, tx: number, args: Amf0Value[], streamId = 0): void => {
      if (!socket.destroyed)
        socket.write(encodeChunks(commandMessage(name, tx, args, streamId, 3), OUT_CHUNK))
    }
    socket.on('data', (data: Buffer) => {
      if (!handshakeDone) {
        hello = Buffer.concat([hello, data])
        if (hello.length < 1537) return
        const c1 = hello.subarray(1, 1537)
        socket.write(Buffer.concat([Buffer.from([3]), Buffer.alloc(1536, 9), c1]))
        // Like nms and nginx-rtmp: raise our chunk size first, so the client must honour it.
        socket.write(encodeChunks(setChunkSizeMessage(OUT_CHUNK)))
        data = hello.subarray(1537)
        handshakeDone = true
      }
      if (c2Left > 0) {
        const n = Math.min(c2Left, data.length)
        c2Left -= n
        data = data.subarray(n)
        if (data.length === 0) return
      }
      const r = reader.push(data)
      for (const m of r.messages) {
        const cmd = decodeCommand(m)
        if (!cmd) continue
        commands.push(cmd.name)
        script(cmd, reply, socket)
      }
    })
  })
  return { ...srv, commands }
}

/** The usual answers of an RTMP server up to createStream; `onPublish` decides the rest. */
export function standardScript(onPublish: Script): Script {
  return (cmd, reply, socket) => {
    if (cmd.name === 'connect') {
      socket.write(encodeChunks(windowAckSizeMessage(5_000_000)))
      reply('_result', cmd.transactionId, [
        { fmsVer: 'FMS/3,0,1,123', capabilities: 31 },
        {
          level: 'status',
          code: 'NetConnection.Connect.Success',
          description: 'Connection succeeded.'
        }
      ])
    } else if (cmd.name === 'createStream') {
      reply('_result', cmd.transactionId, [null, 1])
    } else if (cmd.name === 'publish') {
      onPublish(cmd, reply, socket)
    }
  }
}

interface NmsInstance {
  run: () => Promise<void>
  stop: () => Promise<void>
}

/** The part of NMS's process-wide context read here: live streams by path, with their publisher. */
interface NmsContext {
  broadcasts: Map<string, { publisher: unknown }>
}

/** node-media-server under test, with a way to wait for its state instead of sleeping. */
export interface NmsServer extends TestServer {
  /** Resolves true once `streamPath` (`/app/stream`) has a publisher, false after `timeoutMs`. */
  waitForPublisher: (streamPath: string, timeoutMs: number) => Promise<boolean>
}

/**
 * node-media-server 4.4.3 in-process, RTMP only, on a free loopback port. NMS keeps its state in a
 * process-wide singleton, so one per test file (Vitest runs each file in its own worker).
 */
export async function startNms(): Promise<NmsServer> {
  const require = createRequire(import.meta.url)
  const NodeMediaServer = require('node-media-server') as new (config: object) => NmsInstance
  const logger = require('node-media-server/src/core/logger.js') as { level: string }
  // NMS cannot listen on port 0 (a falsy port disables the listener): take a free port first.
  const port = await closedPort()
  const dir = mkdtempSync(join(tmpdir(), 'nms-'))
  const nms = new NodeMediaServer({ bind: '127.0.0.1', rtmp: { port }, store: { path: dir } })
  logger.level = 'error'
  await nms.run()
  // Wait until it accepts connections (bounded: 50 × 20 ms).
  for (let i = 0; i < 50; i++) {
    const ok = await new Promise<boolean>((r) => {
      const s = net.connect({ host: '127.0.0.1', port }, () => {
        s.destroy()
        r(true)
      })
      s.on('error', () => r(false))
    })
    if (ok) break
    await new Promise((r) => setTimeout(r, 20))
  }
  const context = require('node-media-server/src/core/context.js') as NmsContext
  const hasPublisher = (streamPath: string): boolean =>
    Boolean(context.broadcasts.get(streamPath)?.publisher)
  return {
    port,
    waitForPublisher: async (streamPath, timeoutMs) => {
      // Polls NMS's own state (bounded: until timeoutMs, every 20 ms).
      const deadline = Date.now() + timeoutMs
      while (!hasPublisher(streamPath) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20))
      return hasPublisher(streamPath)
    },
    close: async () => {
      await nms.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
