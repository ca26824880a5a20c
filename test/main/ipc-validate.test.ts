import { describe, expect, it } from 'vitest'
import {
  MAX_FIELD_LENGTH,
  validateClipboardText,
  validateGenerateInput,
  validateNoArgs,
  validateOfflineInput,
  validateDemoRequest,
  validatePreflightRequest
} from '../../src/main/ipc-validate'

describe('validateOfflineInput', () => {
  it('accepts a URL with keys and numbers', () => {
    const r = validateOfflineInput({
      url: { url: 'rtmp://h/live/s' },
      keys: { primary: 'k' },
      authDeltaSec: 60,
      showLengthSec: 3600
    })
    expect(r).toEqual({
      ok: true,
      value: {
        url: { url: 'rtmp://h/live/s' },
        keys: { primary: 'k', backup: undefined },
        authDeltaSec: 60,
        showLengthSec: 3600
      }
    })
  })

  it('accepts the OBS pair', () => {
    const r = validateOfflineInput({ url: { server: 'rtmp://h/live/', streamKey: 's' } })
    expect(r.ok && r.value.url).toEqual({ server: 'rtmp://h/live/', streamKey: 's' })
  })

  it.each([
    [null, 'expected an object'],
    [{ url: 5 }, 'push URL is missing'],
    [{ url: { url: 5 } }, 'url must be text'],
    [{ url: { url: 'x'.repeat(MAX_FIELD_LENGTH + 1) } }, 'too long'],
    [{ url: { server: 's' } }, 'streamKey must be text'],
    [{ url: { url: 'u' }, keys: 'k' }, 'keys must be an object'],
    [{ url: { url: 'u' }, keys: { primary: 1 } }, 'primary key must be text'],
    [{ url: { url: 'u' }, authDeltaSec: -1 }, 'authDeltaSec'],
    [{ url: { url: 'u' }, showLengthSec: Number.NaN }, 'showLengthSec'],
    [{ url: { url: 'u' }, showLengthSec: '10' }, 'showLengthSec']
  ])('rejects %j with a message', (input, message) => {
    const r = validateOfflineInput(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(message)
  })
})

describe('validateGenerateInput', () => {
  const good = { domain: 'd', app: 'live', stream: 's', key: 'k', expiresAt: 1, algorithm: 'md5' }
  it('accepts good input', () => {
    expect(validateGenerateInput(good)).toEqual({ ok: true, value: good })
  })
  it.each([
    [{ ...good, algorithm: 'sha1' }, 'algorithm'],
    [{ ...good, expiresAt: Infinity }, 'expiresAt'],
    [{ ...good, domain: undefined }, 'domain must be text'],
    ['x', 'expected an object']
  ])('rejects %j', (input, message) => {
    const r = validateGenerateInput(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(message)
  })
})

describe('small validators', () => {
  it('no-arg calls take no arguments', () => {
    expect(validateNoArgs([]).ok).toBe(true)
    expect(validateNoArgs([1]).ok).toBe(false)
  })
  it('clipboard text must be a bounded string', () => {
    expect(validateClipboardText('hi')).toEqual({ ok: true, value: 'hi' })
    expect(validateClipboardText(3).ok).toBe(false)
    expect(validateClipboardText('x'.repeat(1_000_001)).ok).toBe(false)
  })
})

describe('validatePreflightRequest: the transport ladder', () => {
  const base = { runId: 'r1', url: { url: 'rtmp://h.example.com/live/s' } }
  const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
  it('accepts known transports, ports and a PEM certificate', () => {
    const r = validatePreflightRequest({
      ...base,
      transports: ['srt', 'rtmps'],
      rtmpsPort: 8443,
      srtPort: 9001,
      caPem: CA
    })
    expect(r).toMatchObject({
      ok: true,
      value: { transports: ['rtmps', 'srt'], rtmpsPort: 8443, srtPort: 9001, caPem: CA }
    })
  })
  it.each([
    ['an unknown transport', { transports: ['rtmp', 'webrtc'] }, 'transports'],
    ['an empty list', { transports: [] }, 'transports'],
    ['a string for a list', { transports: 'rtmp' }, 'transports'],
    ['port 0', { rtmpsPort: 0 }, 'rtmpsPort'],
    ['a fractional port', { srtPort: 1.5 }, 'srtPort'],
    ['text without a certificate', { caPem: 'not a certificate' }, 'caPem'],
    ['an oversize CA', { caPem: CA + 'x'.repeat(70_000) }, 'caPem']
  ])('refuses %s', (_label, extra, field) => {
    const r = validatePreflightRequest({ ...base, ...extra })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toContain(field)
  })
})

describe('validatePreflightRequest: the live-stream guard', () => {
  const base = { runId: 'run-1', url: { url: 'rtmp://h/live/s' } }
  it('accepts realProbe true/false and passes it on; rejects anything else', () => {
    const off = validatePreflightRequest({ ...base, realProbe: false })
    expect(off.ok && off.value.realProbe).toBe(false)
    const on = validatePreflightRequest({ ...base, realProbe: true })
    expect(on.ok && on.value.realProbe).toBe(true)
    const left = validatePreflightRequest(base)
    expect(left.ok && left.value.realProbe).toBeUndefined()
    expect(validatePreflightRequest({ ...base, realProbe: 'no' })).toEqual({
      ok: false,
      error: 'realProbe must be true or false'
    })
  })
})

describe('validatePreflightRequest: the uplink test', () => {
  const base = { runId: 'run-1', url: { url: 'rtmp://h/live/s' } }
  it('passes uplink and the planned bitrate on', () => {
    const r = validatePreflightRequest({ ...base, uplink: true, plannedKbps: 4500 })
    expect(r.ok && r.value).toMatchObject({ uplink: true, plannedKbps: 4500 })
    const plain = validatePreflightRequest(base)
    expect(plain.ok && 'uplink' in plain.value).toBe(false)
  })

  it.each([
    [{ plannedKbps: 0 }, 'plannedKbps must be a whole number from 1 to 100000'],
    [{ plannedKbps: 100_001 }, 'plannedKbps must be a whole number from 1 to 100000'],
    [{ plannedKbps: 2500.5 }, 'plannedKbps must be a whole number from 1 to 100000'],
    [{ plannedKbps: '2500' }, 'plannedKbps must be a whole number from 1 to 100000'],
    [{ uplink: 'yes' }, 'uplink must be true or false'],
    [{ uplink: true, noPush: true }, '--uplink needs the test push: drop --no-push'],
    [{ pushSeconds: 601 }, 'pushSeconds must be a whole number from 1 to 600']
  ])('refuses %j', (extra, error) => {
    expect(validatePreflightRequest({ ...base, ...extra })).toEqual({ ok: false, error })
  })
})

describe('validateDemoRequest: the uplink test', () => {
  it('passes uplink and plannedKbps on, refuses a bad bitrate', () => {
    const r = validateDemoRequest({ runId: 'd1', uplink: true, plannedKbps: 6000 })
    expect(r).toEqual({
      ok: true,
      value: { runId: 'd1', fail: undefined, uplink: true, plannedKbps: 6000 }
    })
    expect(validateDemoRequest({ runId: 'd1', plannedKbps: 0 })).toMatchObject({ ok: false })
    expect(validateDemoRequest({ runId: 'd1', fail: 'uplink' })).toEqual({
      ok: true,
      value: { runId: 'd1', fail: 'uplink' }
    })
  })
})
