/**
 * "Which network am I on?": interfaces with their addresses, the default gateway and the DNS
 * servers. Recorded in every report, and compared before/after the user switches to a 4G hotspot
 * to tell whether the network really changed.
 */
import { promises as fsp } from 'node:fs'
import { getServers } from 'node:dns'
import { networkInterfaces } from 'node:os'
import type { NetworkChange, NetworkIdentity } from '../../shared/report'

/** Side effects of reading the network identity (injectable for tests). */
export interface NetworkIdentityDeps {
  interfaces: typeof networkInterfaces
  dnsServers: () => string[]
  /** Contents of /proc/net/route (Linux), or undefined where there is none. */
  readRouteTable: () => Promise<string | undefined>
}

export const realNetworkIdentityDeps: NetworkIdentityDeps = {
  interfaces: networkInterfaces,
  dnsServers: getServers,
  readRouteTable: () => fsp.readFile('/proc/net/route', 'utf8').catch(() => undefined)
}

/**
 * Default gateway from Linux's /proc/net/route: the row with destination 00000000; the gateway is
 * a little-endian hex IPv4. Other OSes: undefined (interfaces and DNS still identify the network).
 */
export function parseDefaultGateway(routeTable: string | undefined): string | undefined {
  if (!routeTable) return undefined
  for (const line of routeTable.split('\n').slice(1, 257)) {
    const cols = line.trim().split(/\s+/)
    if (cols.length < 3 || cols[1] !== '00000000' || !/^[0-9A-Fa-f]{8}$/.test(cols[2])) continue
    const n = parseInt(cols[2], 16)
    return [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255].join('.')
  }
  return undefined
}

/** Read the current network identity (loopback interfaces left out: they never change). */
export async function readNetworkIdentity(
  deps: NetworkIdentityDeps = realNetworkIdentityDeps
): Promise<NetworkIdentity> {
  const interfaces: NetworkIdentity['interfaces'] = []
  for (const [name, addrs] of Object.entries(deps.interfaces())) {
    const external = (addrs ?? []).filter((a) => !a.internal)
    if (external.length === 0) continue
    const mac = external.find((a) => a.mac && a.mac !== '00:00:00:00:00:00')?.mac
    interfaces.push({ name, addresses: external.map((a) => `${a.address}/${a.netmask}`), mac })
  }
  interfaces.sort((a, b) => a.name.localeCompare(b.name))
  return {
    interfaces,
    defaultGateway: parseDefaultGateway(await deps.readRouteTable()),
    dnsServers: deps.dnsServers()
  }
}

/** What differs between two identities; empty when the network looks the same. */
export function networkChanges(before: NetworkIdentity, after: NetworkIdentity): NetworkChange[] {
  const changes: NetworkChange[] = []
  const names = (n: NetworkIdentity): string => n.interfaces.map((i) => i.name).join(',')
  const addrs = (n: NetworkIdentity): string =>
    n.interfaces
      .flatMap((i) => i.addresses)
      .sort()
      .join(',')
  if (names(before) !== names(after)) changes.push('interfaces')
  if (addrs(before) !== addrs(after)) changes.push('addresses')
  if (before.defaultGateway !== after.defaultGateway) changes.push('gateway')
  if ([...before.dnsServers].sort().join(',') !== [...after.dnsServers].sort().join(','))
    changes.push('dns')
  return changes
}
