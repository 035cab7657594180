import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Every address a function must not be made to reach for a caller: this host, its link-local
 * neighbours (169.254.169.254 answers with the instance's metadata and credentials), private and
 * shared networks, and the reserved, documentation and multicast ranges. IPv4-mapped IPv6
 * addresses (::ffff:10.0.0.1) are checked against the IPv4 ranges by BlockList itself.
 */
const NON_PUBLIC = new BlockList();
const IPV4_RANGES: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const IPV6_RANGES: Array<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64: an IPv4 address inside, private ones too
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32], // Teredo
  ['2001:db8::', 32],
  ['2002::', 16], // 6to4: an IPv4 address inside
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
];
for (const [network, prefix] of IPV4_RANGES) NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of IPV6_RANGES) NON_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** What a refusal says: which kinds of address, never the address itself (that would map the caller a private network). */
export const NON_PUBLIC_KINDS = 'a loopback, link-local, private or reserved address';

/** Whether `address` (an IPv4 or IPv6 literal, brackets allowed) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const version = isIP(bare);
  if (version === 0) return false;
  return !NON_PUBLIC.check(bare, version === 4 ? 'ipv4' : 'ipv6');
}

/** Why a host name cannot be connected to: it resolved to a non-public address. */
export class NonPublicAddressError extends Error {
  readonly code = 'ENOTPUBLIC';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for sockets that may reach only public addresses: the name is resolved once, every
 * address it has is checked, and the connection is made to one of those very addresses, so a
 * name that answers differently the second time (DNS rebinding) gains nothing.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (addresses.length === 0 || addresses.some((entry) => !isPublicAddress(entry.address))) {
      return callback(new NonPublicAddressError(`${hostname} resolves to ${NON_PUBLIC_KINDS}`), []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}
