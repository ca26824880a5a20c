/**
 * A minimal client for Tencent's CSS API (service `live`, version 2018-08-01) on Tencent's own
 * Node SDK core: its AbstractClient signs every request with TC3-HMAC-SHA256. The per-product
 * package is not published on npm, so the three actions used are called by name.
 */
import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { AbstractClient } from 'tencentcloud-sdk-nodejs-common'

/** Tencent's CSS API host (the SDK takes the signing service name from its first label). */
export const LIVE_API_HOST = 'live.tencentcloudapi.com'
/** The API version of the CSS actions. */
export const LIVE_API_VERSION = '2018-08-01'

/** Where a client sends its calls. */
export interface LiveEndpoint {
  /** `http:` or `https:`. */
  protocol: 'http:' | 'https:'
  /** Host the request is signed for and names in `Host:` (`live.…` so the service is `live`). */
  signedHost: string
  port?: number
  /** An address to connect to instead of resolving `signedHost` (a test API on loopback). */
  connectTo?: string
}

/**
 * Where an `--api-endpoint` URL sends the calls. A host named `live.…` is used as it is. An IP
 * address or any other name is connected to, but the request is signed for Tencent's host (like
 * curl's --resolve): the SDK derives the signing service from the host's first label, so a
 * request signed for `127.0.0.1` would name the service `127` and no CSS API would accept it.
 */
export function liveEndpoint(url: URL): LiveEndpoint {
  const protocol = url.protocol === 'http:' ? 'http:' : 'https:'
  const port = url.port === '' ? undefined : Number(url.port)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) === 0 && host.startsWith('live.')) return { protocol, signedHost: host, port }
  return { protocol, signedHost: LIVE_API_HOST, port, connectTo: host }
}

/** A lookup that answers every name with one fixed address. */
function fixedLookup(address: string): LookupFunction {
  const family = isIP(address) === 6 ? 6 : 4
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }
}

/** The CSS API client. Credentials stay inside it; nothing here logs. */
export class LiveClient extends AbstractClient {
  /** A client for one endpoint; `timeoutMs` is handed to the SDK's own request timeout too. */
  constructor(
    endpoint: LiveEndpoint,
    credential: { secretId: string; secretKey: string },
    timeoutMs: number,
    region?: string
  ) {
    const hostPort =
      endpoint.port === undefined ? endpoint.signedHost : `${endpoint.signedHost}:${endpoint.port}`
    // An agent of our own on every client: no keep-alive socket outlives a run, and the SDK's
    // fallback to $http_proxy (it would send our calls through whatever proxy the shell names)
    // only applies when no agent is given.
    const opts = endpoint.connectTo
      ? { keepAlive: false, lookup: fixedLookup(endpoint.connectTo) }
      : { keepAlive: false }
    const agent = endpoint.protocol === 'http:' ? new HttpAgent(opts) : new HttpsAgent(opts)
    super(LIVE_API_HOST, LIVE_API_VERSION, {
      credential,
      region,
      profile: {
        httpProfile: {
          endpoint: hostPort,
          protocol: `${endpoint.protocol}//`,
          reqMethod: 'POST',
          // The SDK wants seconds; it arms node-fetch's own timeout with it.
          reqTimeout: Math.max(1, Math.ceil(timeoutMs / 1000)),
          agent
        }
      }
    })
  }

  /** Call one action; resolves to the `Response` object, rejects with the SDK's error. */
  call(action: string, params: Record<string, unknown>, signal: AbortSignal): Promise<unknown> {
    return this.request(action, params, { signal })
  }
}
