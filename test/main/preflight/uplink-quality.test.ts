/**
 * Quality under load, the pure parts: percentile math, the RTT summary and bufferbloat grade,
 * `ss -tinpH` parsing on lines captured from real pushes (a lossy shaped link and a loopback
 * one), the retransmission and steadiness grades, the per-second rates, the recommended share,
 * and the RTT sampler with an injected connect and clock (bounded, stops on demand and on abort).
 */
import { describe, expect, it } from 'vitest'
import { recommendedKbps, windowRetransmits } from '../../../src/main/preflight/uplink-check'
import {
  gradeBufferbloat,
  gradeRetransmits,
  gradeSteadiness,
  parseSsRetransmits,
  percentile,
  perSecondRates,
  readTcpRetransmits,
  recommendedShare,
  retransmitPercent,
  startRttSampler,
  stdDev,
  summarizeRtt,
  type RttDeps
} from '../../../src/main/preflight/uplink-quality'

/** Captured with `ip netns exec … ss -tinpH` during an uplink push over a link losing 2 %. */
const SS_LOSSY = [
  'ESTAB 0      0      169.254.77.1:59894 169.254.77.2:1935 users:(("ffmpeg",pid=19467,fd=4))',
  '\t reno wscale:10,10 rto:204 rtt:0.225/0.099 ato:40 mss:1448 pmtu:1500 rcvmss:1448 advmss:1448 cwnd:13 ssthresh:4 bytes_sent:2373312 bytes_retrans:43996 bytes_acked:2329317 bytes_received:3501 segs_out:1881 segs_in:420 data_segs_out:1876 data_segs_in:7 send 669297778bps lastsnd:4 lastrcv:4512 lastack:4 pacing_rate 800932520bps delivery_rate 67742688bps delivered:1840 busy:580ms retrans:0/37 rcv_space:14480 rcv_ssthresh:76450 minrtt:0.009 snd_wnd:163840'
].join('\n')
/** Captured on loopback: two ends of one connection owned by the same node process, no retransmissions. */
const SS_LOOPBACK = [
  'ESTAB 0      0      127.0.0.1:34109 127.0.0.1:53884 users:(("node",pid=5539,fd=21))',
  '\t bbr wscale:10,10 rto:204 rtt:0.024/0.012 ato:40 mss:32768 pmtu:65535 rcvmss:65483 advmss:65483 cwnd:10 bytes_received:6000000 segs_out:54 segs_in:109 data_segs_in:107 bbr:(bw:0bps,mrtt:0.024) send 109226666667bps lastsnd:520 lastrcv:216 lastack:216 pacing_rate 312153570224bps delivered:1 app_limited rcv_rtt:0.345 rcv_space:310720 rcv_ssthresh:2584769 minrtt:0.024 snd_wnd:65536',
  'ESTAB 0      0      127.0.0.1:53884 127.0.0.1:34109 users:(("node",pid=5539,fd=20))',
  '\t bbr wscale:10,10 rto:204 rtt:0.25/0.218 mss:65483 pmtu:65535 rcvmss:536 advmss:65483 cwnd:24 ssthresh:8 bytes_sent:6000000 bytes_acked:6000001 segs_out:109 segs_in:55 data_segs_out:107 bbr:(bw:52386381264bps,mrtt:0.015,pacing_gain:1,cwnd_gain:2) send 50290944000bps lastsnd:216 lastrcv:520 lastack:216 pacing_rate 51862517448bps delivery_rate 39536905656bps delivered:108 busy:8ms rwnd_limited:4ms(50.0%) rcv_space:65495 rcv_ssthresh:65495 minrtt:0.015 snd_wnd:1783808'
].join('\n')

describe('percentile and spread', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([], 50)).toBeUndefined()
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5)
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3)
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 95)).toBeCloseTo(105, 10)
    expect(percentile([1, 2, 3], 0)).toBe(1)
    expect(percentile([1, 2, 3], 100)).toBe(3)
  })

  it('population standard deviation', () => {
    expect(stdDev([5])).toBe(0)
    expect(stdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2)
  })
})

describe('RTT and bufferbloat', () => {
  it('summarizes idle and the loaded window only, skipping failed connects', () => {
    const idle = [{ at: 0, ms: 10 }, { at: 250, ms: 12 }, { at: 500 }, { at: 750, ms: 11 }]
    const loaded = [
      { at: 1000, ms: 500 },
      ...[20, 30, 40, 50, 60].map((ms, i) => ({ at: 3000 + i * 250, ms })),
      { at: 9000, ms: 900 }
    ]
    expect(summarizeRtt(idle, loaded, 3000, 8000)).toEqual({
      idleMs: 11,
      loadedP50Ms: 40,
      loadedP95Ms: 58
    })
    expect(summarizeRtt([], [], 0, 1)).toEqual({
      idleMs: null,
      loadedP50Ms: null,
      loadedP95Ms: null
    })
  })

  it('grades by increase and ratio together', () => {
    const g = (idleMs: number | null, loadedP50Ms: number | null): string =>
      gradeBufferbloat({ idleMs, loadedP50Ms, loadedP95Ms: loadedP50Ms })
    expect(g(20, 45)).toBe('good') // +25 ms
    expect(g(20, 55)).toBe('fair') // +35 ms, ×2.75
    expect(g(20, 130)).toBe('poor') // +110 ms, ×6.5
    expect(g(80, 190)).toBe('fair') // +110 ms but ×2.4: not poor
    expect(g(600, 650)).toBe('good') // +50 ms on a satellite link, ×1.08
    expect(g(0.1, 0.6)).toBe('good') // ×6 of a loopback RTT is nothing
    expect(g(0, 364)).toBe('poor') // a sub-0.05 ms idle RTT rounds to 0
    expect(g(null, 40)).toBe('not-measured')
    expect(gradeBufferbloat(undefined)).toBe('not-measured')
  })
})

describe('retransmissions from ss', () => {
  it('reads the counters of the ffmpeg socket of a lossy push', () => {
    const r = parseSsRetransmits(SS_LOSSY, 19467)
    expect(r).toEqual({ dataSegsOut: 1876, retransSegs: 37, bytesRetrans: 43996, sockets: 1 })
    expect(retransmitPercent(r)).toBe(1.97)
    expect(gradeRetransmits(retransmitPercent(r))).toBe('fair')
  })

  it('matches the owner pid exactly and sums its sockets', () => {
    expect(parseSsRetransmits(SS_LOSSY, 1946)).toBeUndefined()
    expect(parseSsRetransmits(`${SS_LOOPBACK}\n${SS_LOSSY}`, 19467)?.retransSegs).toBe(37)
    const both = parseSsRetransmits(SS_LOOPBACK, 5539)
    // The receiving end has no data_segs_out: its segs_out (pure ACKs) stand in.
    expect(both).toEqual({ dataSegsOut: 161, retransSegs: 0, sockets: 2 })
    expect(retransmitPercent(both)).toBe(0)
    expect(parseSsRetransmits('', 1)).toBeUndefined()
  })

  it('counts the measured window only: end minus start of the same sockets', () => {
    const start = { dataSegsOut: 400, retransSegs: 5, bytesRetrans: 7240, sockets: 1 }
    const end = parseSsRetransmits(SS_LOSSY, 19467)
    expect(windowRetransmits(start, end)).toEqual({
      dataSegsOut: 1476,
      retransSegs: 32,
      bytesRetrans: 36756,
      sockets: 1
    })
    expect(windowRetransmits(undefined, end)).toEqual(end)
    expect(windowRetransmits({ ...start, sockets: 2 }, end)).toEqual(end)
    expect(windowRetransmits(start, undefined)).toBeUndefined()
  })

  it('grades, and says not measured rather than zero', () => {
    expect(gradeRetransmits(0.2)).toBe('good')
    expect(gradeRetransmits(0.5)).toBe('fair')
    expect(gradeRetransmits(2)).toBe('poor')
    expect(gradeRetransmits(null)).toBe('not-measured')
    expect(retransmitPercent(undefined)).toBeNull()
    expect(retransmitPercent({ dataSegsOut: 0, retransSegs: 0, sockets: 1 })).toBeNull()
  })

  it('is not measured off Linux or without ss', async () => {
    let ran = 0
    const run = async (): Promise<string> => {
      ran++
      return SS_LOSSY
    }
    expect(await readTcpRetransmits(19467, run, 'darwin')).toBeUndefined()
    expect(ran).toBe(0)
    expect(await readTcpRetransmits(19467, async () => undefined, 'linux')).toBeUndefined()
    expect((await readTcpRetransmits(19467, run, 'linux'))?.retransSegs).toBe(37)
    expect(ran).toBe(1)
  })
})

describe('steadiness and the per-second chart', () => {
  it('interpolates bytes at each second boundary', () => {
    // 125 000 bytes a second (1000 kbit/s), readings every 500 ms; the third second sends nothing.
    const s = [0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000].map((at) => ({
      at,
      bytes: Math.min(at, 2000) * 125 + Math.max(0, at - 3000) * 125
    }))
    expect(perSecondRates(s, s[0], s[s.length - 1])).toEqual([1000, 1000, 0, 1000])
    // Readings off the boundaries: linear in between.
    const t = [
      { at: 0, bytes: 0 },
      { at: 700, bytes: 70_000 },
      { at: 2100, bytes: 210_000 }
    ]
    expect(perSecondRates(t, t[0], t[2])).toEqual([800, 800])
  })

  it('grades the spread over the mean, and stalls', () => {
    expect(gradeSteadiness([4000, 4100, 3900, 4050], 0)).toBe('good')
    expect(gradeSteadiness([4000, 4100, 3900, 4050], 1)).toBe('fair')
    expect(gradeSteadiness([4000, 4100, 3900, 4050], 2)).toBe('poor')
    expect(gradeSteadiness([4000, 2800, 4000, 2800], 0)).toBe('fair') // ±15 %
    expect(gradeSteadiness([4000, 1000, 4000, 1000], 0)).toBe('poor')
    expect(gradeSteadiness([0, 0], 0)).toBe('poor')
    expect(gradeSteadiness([4000], 0)).toBe('not-measured')
  })
})

describe('recommended bitrate', () => {
  const q = (
    bufferbloat: 'good' | 'fair' | 'poor' | 'not-measured',
    retransmits: typeof bufferbloat
  ) => ({
    bufferbloat,
    retransmits,
    steadiness: 'good' as const
  })
  it('keeps more headroom when the queue grows or segments are resent', () => {
    expect(recommendedShare(undefined)).toBe(0.8)
    expect(recommendedShare(q('not-measured', 'not-measured'))).toBe(0.8)
    expect(recommendedShare(q('good', 'fair'))).toBe(0.7)
    expect(recommendedShare(q('poor', 'fair'))).toBe(0.6)
    expect(recommendedKbps(4055)).toBe(3240)
    expect(recommendedKbps(1000, q('fair', 'good'))).toBe(700)
    expect(recommendedKbps(3042, q('poor', 'good'))).toBe(1820)
  })
})

describe('RTT sampler', () => {
  /** A fake clock: connects take `ms` of it, sleeps advance it; nothing really waits. */
  function fakeDeps(connectMs: (n: number) => number | undefined): RttDeps & { connects: number } {
    let now = 0
    const deps = {
      connects: 0,
      now: () => now,
      connectMs: async () => {
        const ms = connectMs(deps.connects++)
        now += ms ?? 3000
        return ms
      },
      sleep: async (ms: number) => {
        now += ms
        await Promise.resolve()
      }
    }
    return deps
  }

  it('samples every 250 ms, back to back when a connect is slower, up to the bound', async () => {
    const deps = fakeDeps((n) => (n === 2 ? 400 : n === 3 ? undefined : 10))
    const sampler = startRttSampler({ host: '127.0.0.1', port: 1 }, deps, undefined, 6)
    const samples = await new Promise<ReturnType<typeof sampler.stop>>((resolve) =>
      setTimeout(() => resolve(sampler.stop()), 20)
    )
    expect(samples.map((s) => s.at)).toEqual([0, 250, 500, 900, 3900, 4150])
    expect(samples.map((s) => s.ms)).toEqual([10, 10, 400, undefined, 10, 10])
    expect(deps.connects).toBe(6)
  })

  it('stops on abort and does not count the connect it interrupted', async () => {
    const controller = new AbortController()
    let release: (v: number | undefined) => void = () => undefined
    const deps: RttDeps = {
      now: () => 0,
      connectMs: (_t, _ms, signal) =>
        new Promise((resolve) => {
          release = resolve
          signal.addEventListener('abort', () => resolve(undefined))
        }),
      sleep: async () => undefined
    }
    const sampler = startRttSampler({ host: '127.0.0.1', port: 1 }, deps, controller.signal)
    controller.abort()
    expect(await sampler.stop()).toEqual([])
    release(5)
  })
})
