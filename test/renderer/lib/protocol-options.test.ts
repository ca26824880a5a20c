import { describe, expect, it } from 'vitest'
import { checkProtocols, DEFAULT_PROTOCOLS } from '../../../src/renderer/src/lib/protocol-options'
import { MAX_CA_PEM_LENGTH } from '../../../src/shared/ca-pem'

const PEM = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'

describe('checkProtocols', () => {
  it('the defaults send nothing: the engine tries all three on their default ports', () => {
    expect(checkProtocols(DEFAULT_PROTOCOLS)).toEqual({ errors: {}, request: {} })
  })

  it('sends what differs, transports in ladder order whatever order they were ticked', () => {
    const r = checkProtocols({
      transports: ['srt', 'rtmp'],
      rtmpsPort: ' 8443 ',
      srtPort: '',
      caPem: `\n${PEM}\n`
    })
    expect(r).toEqual({
      errors: {},
      request: { transports: ['rtmp', 'srt'], rtmpsPort: 8443, caPem: PEM }
    })
  })

  it.each(['0', '65536', '44.3', '-1', 'abc', '1e3'])('port %s is a field message', (port) => {
    const r = checkProtocols({ ...DEFAULT_PROTOCOLS, srtPort: port })
    expect(r.errors).toEqual({ srtPort: 'bad-port' })
    expect(r.request).toBeUndefined()
  })

  it('ports 1 and 65535 are fine', () => {
    expect(
      checkProtocols({ ...DEFAULT_PROTOCOLS, rtmpsPort: '1', srtPort: '65535' }).request
    ).toEqual({ rtmpsPort: 1, srtPort: 65535 })
  })

  it('no protocol, no certificate, a CA past the limit', () => {
    expect(checkProtocols({ ...DEFAULT_PROTOCOLS, transports: [] }).errors).toEqual({
      transports: 'no-transport'
    })
    expect(
      checkProtocols({ ...DEFAULT_PROTOCOLS, caPem: '-----BEGIN PRIVATE KEY-----' }).errors
    ).toEqual({ caPem: 'ca-no-certificate' })
    expect(
      checkProtocols({ ...DEFAULT_PROTOCOLS, caPem: PEM + 'x'.repeat(MAX_CA_PEM_LENGTH) }).errors
    ).toEqual({ caPem: 'ca-too-large' })
    expect(
      checkProtocols({
        ...DEFAULT_PROTOCOLS,
        caPem: PEM + 'x'.repeat(MAX_CA_PEM_LENGTH - PEM.length)
      }).errors
    ).toEqual({})
  })
})
