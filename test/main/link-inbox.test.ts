import { describe, expect, it } from 'vitest'
import type { DeepLinkResult } from '../../src/shared/deep-link'
import { createLinkInbox, findLinkInArgv } from '../../src/main/link-inbox'

const LINK = 'push-preflight://check?domain=push.example.com&app=live&stream=s1'

describe('findLinkInArgv', () => {
  it('finds the link among Electron’s and Chromium’s own arguments (Windows and Linux hand it over as one)', () => {
    expect(
      findLinkInArgv(['C:\\App\\Push Preflight.exe', '--allow-file-access-from-files', LINK])
    ).toBe(LINK)
    expect(findLinkInArgv(['/usr/bin/electron', '.', 'PUSH-PREFLIGHT://check?x=1', LINK])).toBe(
      LINK
    )
    expect(findLinkInArgv(['/opt/app', '--no-sandbox'])).toBeUndefined()
    expect(findLinkInArgv([42, undefined, 'rtmp://h/live/s'])).toBeUndefined()
  })
})

describe('createLinkInbox', () => {
  it('holds a link until the window is ready, then delivers it once', () => {
    const inbox = createLinkInbox()
    const got: DeepLinkResult[] = []
    inbox.receive(LINK)
    expect(got).toHaveLength(0)
    inbox.ready((r) => (got.push(r), true))
    expect(got).toEqual([
      {
        ok: true,
        link: { domain: 'push.example.com', app: 'live', stream: 's1', protocol: 'rtmp' }
      }
    ])
    inbox.ready((r) => (got.push(r), true))
    expect(got).toHaveLength(1)
  })

  it('delivers at once when the window is ready, refused links included', () => {
    const inbox = createLinkInbox()
    const got: DeepLinkResult[] = []
    inbox.ready((r) => (got.push(r), true))
    inbox.receive(LINK + '&txSecret=abc')
    expect(got).toEqual([{ ok: false, code: 'link-has-secret', field: 'txSecret' }])
  })

  it('keeps only the latest link while waiting', () => {
    const inbox = createLinkInbox()
    inbox.receive(LINK)
    inbox.receive(LINK.replace('s1', 's2'))
    const got: DeepLinkResult[] = []
    inbox.ready((r) => (got.push(r), true))
    expect(got).toHaveLength(1)
    expect(got[0].ok && got[0].link.stream).toBe('s2')
  })

  it('keeps a link the window could not take, and after detach, for the next window', () => {
    const inbox = createLinkInbox()
    inbox.ready(() => false)
    inbox.receive(LINK)
    const got: DeepLinkResult[] = []
    inbox.receive(LINK.replace('s1', 's3'))
    inbox.ready((r) => (got.push(r), true))
    expect(got).toHaveLength(1)
    expect(got[0].ok && got[0].link.stream).toBe('s3')
    inbox.detach()
    inbox.receive(LINK)
    expect(got).toHaveLength(1)
    inbox.ready((r) => (got.push(r), true))
    expect(got).toHaveLength(2)
  })
})
