import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  evaluatePublish,
  splitPublishName,
  type IngestRules,
  type StreamState
} from '../../../../src/main/demo/ingest/rules'

const NOW_MS = 1_700_000_000_000
const txTime = (sec: number): string => Math.floor(sec).toString(16).toUpperCase()
const sign = (alg: 'md5' | 'sha256', key: string, stream: string, tx: string): string =>
  createHash(alg)
    .update(key + stream + tx)
    .digest('hex')

const rules = (over: Partial<IngestRules> = {}): IngestRules => ({
  requireSignature: true,
  key: 'primary-key',
  backupKey: 'backup-key',
  authDeltaSec: 0,
  takeover: false,
  now: () => NOW_MS,
  ...over
})
const state = (disabled: string[] = [], live: string[] = []): StreamState => ({
  disabled: new Set(disabled),
  isLive: (key) => live.includes(key)
})
const future = txTime(NOW_MS / 1000 + 600)

describe('splitPublishName', () => {
  it('splits the stream from its query and decodes the tx parameters', () => {
    expect(splitPublishName('s1?txSecret=ab%63&txTime=6A')).toEqual({
      stream: 's1',
      txSecret: 'abc',
      txTime: '6A'
    })
    expect(splitPublishName('s1')).toEqual({ stream: 's1', txSecret: undefined, txTime: undefined })
  })
})

describe('evaluatePublish', () => {
  it('accepts md5 or sha256 with the primary or the backup key, and says which matched', () => {
    for (const [key, which] of [
      ['primary-key', 'primary'],
      ['backup-key', 'backup']
    ] as const) {
      for (const alg of ['md5', 'sha256'] as const) {
        const v = evaluatePublish(
          rules(),
          state(),
          'live',
          's',
          sign(alg, key, 's', future),
          future
        )
        expect(v).toEqual({ reason: 'ok', matched: { key: which, algorithm: alg } })
      }
    }
  })

  it('checks in Tencent order: disabled, txTime, expiry, txSecret, then the stream in use', () => {
    const good = sign('md5', 'primary-key', 's', future)
    const r = rules()
    expect(evaluatePublish(r, state(['s'], ['live/s']), 'live', 's', 'x', undefined).reason).toBe(
      'disabled'
    )
    expect(evaluatePublish(r, state(), 'live', 's', good, undefined).reason).toBe('missing-txtime')
    expect(evaluatePublish(r, state(), 'live', 's', good, 'zz').reason).toBe('bad-txtime')
    const past = txTime(NOW_MS / 1000 - 1)
    expect(evaluatePublish(r, state(), 'live', 's', 'x', past).reason).toBe('expired')
    expect(evaluatePublish(r, state(), 'live', 's', undefined, future).reason).toBe(
      'missing-signature'
    )
    expect(evaluatePublish(r, state(), 'live', 's', good.toUpperCase(), future).reason).toBe(
      'bad-signature'
    )
    expect(evaluatePublish(r, state([], ['live/s']), 'live', 's', good, future).reason).toBe(
      'in-use'
    )
  })

  it('extends validity by authDeltaSec', () => {
    const past = txTime(NOW_MS / 1000 - 30)
    const secret = sign('md5', 'primary-key', 's', past)
    expect(evaluatePublish(rules(), state(), 'a', 's', secret, past).reason).toBe('expired')
    expect(
      evaluatePublish(rules({ authDeltaSec: 60 }), state(), 'a', 's', secret, past).reason
    ).toBe('ok')
  })

  it('lets a newcomer in on a live stream only with takeover', () => {
    const live = state([], ['a/s'])
    const r = rules({ requireSignature: false })
    expect(evaluatePublish(r, live, 'a', 's', undefined, undefined).reason).toBe('in-use')
    expect(evaluatePublish({ ...r, takeover: true }, live, 'a', 's', undefined, undefined)).toEqual(
      { reason: 'ok', matched: undefined }
    )
    // Another app's stream of the same name is not the live one.
    expect(evaluatePublish(r, live, 'b', 's', undefined, undefined).reason).toBe('ok')
  })
})
