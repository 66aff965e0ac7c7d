// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The network a client address belongs to, for the creation limit: an IPv4 address is one client,
 * an IPv6 client usually holds a whole /64 (and can pick any address in it), so the /64 counts as
 * one. IPv4-mapped IPv6 addresses count as their IPv4 address. Anything else is taken as it is.
 */
export function clientNetwork(address: string): string {
  const trimmed = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(trimmed)) return `v4:${trimmed}`;
  const groups = expandIpv6(trimmed);
  if (!groups) return `other:${trimmed}`;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high, low] = [groups[6]!, groups[7]!];
    return `v4:${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  }
  return `v6:${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (with `::` and a dotted IPv4 tail), or null. */
function expandIpv6(text: string): number[] | null {
  let hex = text;
  const dotted = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const octets = dotted.slice(2).map(Number);
    if (octets.some((octet) => octet > 255)) return null;
    const group = (high: number, low: number) => ((high << 8) | low).toString(16);
    hex = `${dotted[1]}${group(octets[0]!, octets[1]!)}:${group(octets[2]!, octets[3]!)}`;
  }
  const halves = hex.split('::');
  if (!hex.includes(':') || halves.length > 2) return null;
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => (/^[0-9a-f]{1,4}$/i.test(group) ? parseInt(group, 16) : NaN));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const known = head.length + tail.length;
  if ([...head, ...tail].some(Number.isNaN) || (halves.length === 1 ? known !== 8 : known > 7)) return null;
  return [...head, ...Array<number>(8 - known).fill(0), ...tail];
}
