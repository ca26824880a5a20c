import { describe, expect, it } from 'vitest'
import { shareableReport, tildeHomeInReport, tildeHomeInText } from '../../src/shared/share-report'
import type { Report } from '../../src/shared/report'

describe('tildeHomeInText', () => {
  it('writes the home folder as ~ only as a whole folder name', () => {
    expect(tildeHomeInText('/home/ann/.local/bin/ffmpeg', '/home/ann')).toBe('~/.local/bin/ffmpeg')
    expect(tildeHomeInText('/home/ann', '/home/ann/')).toBe('~')
    expect(tildeHomeInText('/home/anna/ffmpeg', '/home/ann')).toBe('/home/anna/ffmpeg')
    expect(tildeHomeInText('C:\\Users\\Ann\\ffmpeg.exe', 'C:\\Users\\Ann')).toBe('~\\ffmpeg.exe')
    expect(tildeHomeInText('tried /home/ann/a and /home/ann/b', '/home/ann')).toBe(
      'tried ~/a and ~/b'
    )
    // A root or empty home never turns every path into ~.
    expect(tildeHomeInText('/usr/bin/ffmpeg', '/')).toBe('/usr/bin/ffmpeg')
    expect(tildeHomeInText('/usr/bin/ffmpeg', '')).toBe('/usr/bin/ffmpeg')
  })
})

describe('a shared report', () => {
  const report = {
    environment: {
      machine: 'anns-laptop',
      ffmpeg: { path: '/home/ann/bin/ffmpeg', source: 'path' }
    },
    checks: {
      ffmpeg: { evidence: { path: '/home/ann/bin/ffmpeg', tried: [{ path: '/home/ann/x' }] } }
    }
  } as unknown as Report

  it('has no home folder name in any path', () => {
    const json = JSON.stringify(tildeHomeInReport(report, '/home/ann'))
    expect(json).not.toContain('/home/ann')
    expect(json).toContain('"~/bin/ffmpeg"')
    expect(json).toContain('"~/x"')
  })

  it('carries the host name only when ticked', () => {
    expect(shareableReport(report, { includeHostName: false }).environment.machine).toBe('')
    expect(shareableReport(report, { includeHostName: true }).environment.machine).toBe(
      'anns-laptop'
    )
    // The original is untouched (the app keeps showing it on screen).
    expect(report.environment.machine).toBe('anns-laptop')
  })
})
