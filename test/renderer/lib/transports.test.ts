import { describe, expect, it } from 'vitest'
import {
  otherTransportCause,
  ownUrlFor,
  recommendedWay,
  transportSideBySide
} from '../../../src/renderer/src/lib/transports'
import { ladderReport, ladderUrl } from '../ladder-report'

describe('the ladder in the wizard', () => {
  it('the cause and the way the diagnosis recommends', () => {
    const r = ladderReport('rtmps-works')
    expect(otherTransportCause(r)?.reason).toBe('network-other-transport')
    expect(recommendedWay(r)?.transport).toBe('rtmps')
    expect(recommendedWay(ladderReport('srt-works'))?.transport).toBe('srt')
    expect(otherTransportCause(ladderReport('none'))).toBeUndefined()
    expect(recommendedWay(ladderReport('none'))).toBeUndefined()
  })

  it('the user’s URL is used only for the report it checked', () => {
    const r = ladderReport()
    const { parsed } = ladderUrl()
    expect(ownUrlFor(r, parsed)).toBe(parsed)
    expect(ownUrlFor(r, undefined)).toBeUndefined()
    expect(ownUrlFor(r, { ...parsed, stream: 'other' })).toBeUndefined()
    expect(ownUrlFor(r, { ...parsed, host: 'push.other.test' })).toBeUndefined()
    expect(ownUrlFor(r, { ...parsed, app: 'live2' })).toBeUndefined()
  })

  it('side by side: every protocol tried on either network, what to open, the verdicts', () => {
    const here = ladderReport('none')
    here.transports = here.transports?.filter((t) => t.transport !== 'srt')
    expect(transportSideBySide(here, ladderReport('rtmps-works'))).toEqual([
      { transport: 'rtmp', open: 'TCP 1935', here: 'blocked', there: 'blocked' },
      { transport: 'rtmps', open: 'TCP 443', here: 'blocked', there: 'works' },
      { transport: 'srt', open: 'UDP 9000', here: undefined, there: 'blocked' }
    ])
    expect(transportSideBySide(here)).toHaveLength(2)
  })
})
