import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import {
  networkChanges,
  parseDefaultGateway,
  readNetworkIdentity
} from '../../../src/main/preflight/network-identity'

// A /proc/net/route as the kernel prints it. Gateway 010200C0 is the bytes C0 00 02 01 stored
// little-endian: 192.0.2.1 (a documentation address, only parsed, never dialled).
const ROUTES = [
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
  'eth0\t0000FEA9\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0',
  'eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0'
].join('\n')

const iface = (address: string, internal = false): NetworkInterfaceInfo =>
  ({
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '02:00:00:00:00:01',
    internal,
    cidr: null
  }) as NetworkInterfaceInfo

describe('network identity', () => {
  it('reads the default gateway from the route table (little-endian hex)', () => {
    expect(parseDefaultGateway(ROUTES)).toBe('192.0.2.1')
    expect(parseDefaultGateway(undefined)).toBeUndefined()
    expect(parseDefaultGateway('Iface\tDestination\nlo\tzz')).toBeUndefined()
  })

  it('collects external interfaces, gateway and DNS servers', async () => {
    const id = await readNetworkIdentity({
      interfaces: () => ({ lo: [iface('127.0.0.1', true)], wlan0: [iface('198.51.100.7')] }),
      dnsServers: () => ['198.51.100.1'],
      readRouteTable: async () => ROUTES
    })
    expect(id).toEqual({
      interfaces: [
        { name: 'wlan0', addresses: ['198.51.100.7/255.255.255.0'], mac: '02:00:00:00:00:01' }
      ],
      defaultGateway: '192.0.2.1',
      dnsServers: ['198.51.100.1']
    })
  })

  it('says what changed between two networks', () => {
    const venue = {
      interfaces: [{ name: 'eth0', addresses: ['198.51.100.7/24'] }],
      defaultGateway: '198.51.100.1',
      dnsServers: ['198.51.100.1']
    }
    const hotspot = {
      interfaces: [{ name: 'wlan0', addresses: ['203.0.113.9/24'] }],
      defaultGateway: '203.0.113.1',
      dnsServers: ['203.0.113.1']
    }
    expect(networkChanges(venue, venue)).toEqual([])
    expect(networkChanges(venue, hotspot)).toEqual(['interfaces', 'addresses', 'gateway', 'dns'])
    expect(networkChanges(venue, { ...venue, dnsServers: ['203.0.113.1'] })).toEqual(['dns'])
  })
})
