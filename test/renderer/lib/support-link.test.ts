import { describe, expect, it } from 'vitest'
import {
  formFromLink,
  linkFromForm,
  linkFromReport
} from '../../../src/renderer/src/lib/support-link'
import { parsePushUrl } from '../../../src/main/preflight/url-parse'
import type { Report, ReportInputs } from '../../../src/shared/report'

const SIG = 'txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099'

function urlOf(
  text: string
): NonNullable<Extract<ReturnType<typeof parsePushUrl>, { ok: true }>['url']> {
  const p = parsePushUrl({ url: text })
  if (!p.ok) throw new Error(p.code)
  return p.url
}

/** Only the inputs matter to the link; the rest of a report is irrelevant here. */
function reportWith(inputs: Partial<ReportInputs>): Report {
  const base: ReportInputs = {
    url: '',
    keyGiven: false,
    backupKeyGiven: false,
    pushSeconds: 8,
    noPush: false,
    pushRealStream: false,
    pushTarget: 'probe'
  }
  return { inputs: { ...base, ...inputs } } as unknown as Report
}

describe('linkFromForm', () => {
  it('takes the names (never the query), a non-default port and the options', () => {
    const b = linkFromForm(urlOf(`rtmps://push.example.com:8443/live/show1?${SIG}`), {
      protocols: { transports: ['rtmps', 'srt'], srtPort: 9001 },
      pushSeconds: 12,
      showLengthSec: 5400
    })
    expect(b).toEqual({
      ok: true,
      link: 'push-preflight://check?domain=push.example.com&app=live&stream=show1&protocol=rtmps&port=8443&transports=rtmps%2Csrt&srt-port=9001&push-seconds=12&show-hours=1.5'
    })
  })

  it('leaves out a port that is the protocol’s default, and refuses an IP address', () => {
    expect(linkFromForm(urlOf(`rtmp://push.example.com:1935/live/show1?${SIG}`), {})).toEqual({
      ok: true,
      link: 'push-preflight://check?domain=push.example.com&app=live&stream=show1'
    })
    expect(linkFromForm(urlOf(`rtmp://192.0.2.1/live/show1?${SIG}`), {})).toEqual({
      ok: false,
      code: 'link-bad-value',
      field: 'domain'
    })
  })
})

describe('linkFromReport', () => {
  it('makes the link of a report’s inputs (its redacted URL gives only the scheme)', () => {
    const r = reportWith({
      url: 'srt://push.example.com:9000?streamid=…',
      host: 'push.example.com',
      port: 9000,
      app: 'live',
      stream: 'show1',
      noPush: true,
      authDeltaSec: 600
    })
    expect(linkFromReport(r)).toEqual({
      ok: true,
      link: 'push-preflight://check?domain=push.example.com&app=live&stream=show1&protocol=srt&no-push=1&auth-delta=600'
    })
  })

  it('has none for a report whose URL could not be read', () => {
    expect(linkFromReport(reportWith({ url: 'nonsense' }))).toBeUndefined()
  })
})

describe('formFromLink', () => {
  it('gives the unsigned URL and only the options the link carries', () => {
    expect(
      formFromLink({
        domain: 'push.example.com',
        app: 'live',
        stream: 's',
        protocol: 'rtmp',
        pushSeconds: 20,
        noPush: true
      })
    ).toEqual({
      url: 'rtmp://push.example.com/live/s',
      transports: undefined,
      rtmpsPort: undefined,
      srtPort: undefined,
      pushSeconds: '20',
      noPush: true,
      showHours: undefined,
      authDelta: undefined,
      uplink: undefined,
      bitrate: undefined
    })
  })
})

describe('the uplink test in a link', () => {
  it('the form’s uplink option and bitrate go into the copied link and come back into the form', () => {
    const b = linkFromForm(urlOf(`rtmp://push.example.com/live/show1?${SIG}`), {
      uplink: true,
      plannedKbps: 4500
    })
    if (!b.ok) throw new Error(b.code)
    expect(b.link).toBe(
      'push-preflight://check?domain=push.example.com&app=live&stream=show1&uplink=1&bitrate=4500'
    )
    const fill = formFromLink({
      domain: 'push.example.com',
      app: 'live',
      stream: 'show1',
      protocol: 'rtmp',
      uplink: true,
      bitrateKbps: 4500
    })
    expect(fill).toMatchObject({ uplink: true, bitrate: '4500' })
  })

  it('no uplink in the link without a test push, and a report’s planned bitrate is kept', () => {
    const noPush = linkFromForm(urlOf(`rtmp://push.example.com/live/show1?${SIG}`), {
      noPush: true,
      uplink: true,
      plannedKbps: 4500
    })
    if (!noPush.ok) throw new Error(noPush.code)
    expect(noPush.link).not.toContain('uplink')
    const fromReport = linkFromReport(
      reportWith({
        url: 'rtmp://push.example.com/live/show1',
        host: 'push.example.com',
        app: 'live',
        stream: 'show1',
        plannedKbps: 6000
      })
    )
    expect(fromReport?.ok && fromReport.link).toContain('uplink=1&bitrate=6000')
  })
})
