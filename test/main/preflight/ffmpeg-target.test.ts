import { afterEach, describe, expect, it } from 'vitest'
import { locateFfmpeg } from '../../../src/main/preflight/ffmpeg-locate'
import {
  bracketHost,
  ffmpegRelayTarget,
  ffmpegRtmpTarget
} from '../../../src/main/preflight/ffmpeg-target'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import {
  pidAlive,
  pushUrlFor,
  signedPublishName,
  startPush,
  txTimeHex,
  type FfmpegPush
} from '../../fixtures/rtmp-ingest-push'

describe('ffmpegRtmpTarget', () => {
  it('dials the IP and keeps the host, port and app in tcUrl', () => {
    const url = pushUrlFor('push.example.test', 1935, 'live', 'cam?txSecret=ab&txTime=6B000000')
    expect(ffmpegRtmpTarget(url, '192.0.2.10')).toEqual({
      output: 'rtmp://192.0.2.10:1935/live/cam?txSecret=ab&txTime=6B000000',
      args: [
        '-rtmp_tcurl',
        'rtmp://push.example.test:1935/live',
        '-rtmp_app',
        'live',
        '-rtmp_playpath',
        'cam?txSecret=ab&txTime=6B000000'
      ]
    })
  })

  it('brackets IPv6 addresses in the output and in the tcUrl host', () => {
    const url = pushUrlFor('2001:db8::1', 1935, 'live', 'cam')
    const t = ffmpegRtmpTarget(url, '2001:db8::1')
    expect(t.output).toBe('rtmp://[2001:db8::1]:1935/live/cam')
    expect(t.args[1]).toBe('rtmp://[2001:db8::1]:1935/live')
    expect(bracketHost('203.0.113.5')).toBe('203.0.113.5')
  })

  it('sends an rtmps push to the loopback TLS relay in plain RTMP, the tcUrl still rtmps', () => {
    const url = {
      ...pushUrlFor('push.example.test', 443, 'live/sub', 'cam?txSecret=ab&txTime=1'),
      scheme: 'rtmps' as const
    }
    expect(ffmpegRelayTarget(url, 40123)).toEqual({
      output: 'rtmp://127.0.0.1:40123/live/sub/cam?txSecret=ab&txTime=1',
      args: [
        '-rtmp_tcurl',
        'rtmps://push.example.test:443/live/sub',
        '-rtmp_app',
        'live/sub',
        '-rtmp_playpath',
        'cam?txSecret=ab&txTime=1'
      ]
    })
  })
})

describe('a real push to 127.0.0.1 with the original host in tcUrl', () => {
  const KEY = 'targetkey0000000000000000000000c'
  let ingest: Ingest | undefined
  let push: FfmpegPush | undefined

  afterEach(async () => {
    if (push) {
      await push.kill()
      expect(pidAlive(push.pid)).toBe(false)
    }
    await ingest?.close()
  })

  it('reaches the ingest, which sees push.example.test as the host', async () => {
    const info = await locateFfmpeg()
    expect(info.code).toBe('ffmpeg-ok')
    ingest = await startIngest({ key: KEY })
    const name = signedPublishName('cam', KEY, txTimeHex(Date.now() / 1000 + 3600))
    const url = pushUrlFor('push.example.test', ingest.port, 'live', name)
    const target = ffmpegRtmpTarget(url, '127.0.0.1')
    const ffmpeg = info.path ?? ''
    push = startPush({ ffmpeg, output: target.output, targetArgs: target.args, seconds: 2 })
    const attempt = await ingest.waitForAttempt((a) => a.stream === 'cam')
    expect(attempt).toMatchObject({
      accepted: true,
      tcUrl: `rtmp://push.example.test:${ingest.port}/live`,
      host: 'push.example.test',
      app: 'live',
      publishName: name
    })
    // The TCP peer was loopback: ffmpeg dialled the IP, not the name.
    expect(attempt.remote).toMatch(/^127\.0\.0\.1:\d+$/)
    const result = await push.done
    expect(result.code, result.stderr.slice(-1500)).toBe(0)
    expect(attempt.media.videoFrames).toBeGreaterThan(30)
  })
})
