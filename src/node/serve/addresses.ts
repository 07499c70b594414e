// Which machine a request comes from, and this machine's addresses: the one place that reads
// network addresses, for the studio's guard and for `share`.
import { networkInterfaces } from 'node:os';

/** The loopback interface: 127.0.0.0/8 and ::1, also written as an IPv4-mapped IPv6 address. */
export function isLoopbackAddress(address: string | undefined): boolean {
  const plain = (address ?? '').replace(/^::ffff:/, '');
  return plain === '::1' || /^127\./.test(plain);
}

/** Loopback, or one of this machine's own addresses (a browser here may use the LAN address). */
export function isFromThisMachine(address: string | undefined): boolean {
  if (!address) return false;
  if (isLoopbackAddress(address)) return true;
  const own = Object.values(networkInterfaces())
    .flat()
    .map((a) => a?.address ?? '');
  return own.includes(address.replace(/^::ffff:/, ''));
}

/** IPv4 addresses of this machine that others on the network can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}
