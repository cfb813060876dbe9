// The little DER this project writes and reads by hand: SEQUENCE, INTEGER, OCTET STRING.
// (X.509 and CMS structures go through pkijs; these are the fixed shapes around raw keys.)

function length(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function tlv(tag: number, content: Uint8Array): Uint8Array {
  return Buffer.concat([Uint8Array.of(tag), length(content.length), content]);
}

export const sequence = (...items: Uint8Array[]): Uint8Array => tlv(0x30, Buffer.concat(items));
export const octetString = (bytes: Uint8Array): Uint8Array => tlv(0x04, bytes);

export function integer(value: bigint): Uint8Array {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.of(0), bytes]);
  return tlv(0x02, bytes);
}

export interface Tlv {
  tag: number;
  content: Uint8Array;
}

/** The TLVs directly inside `bytes` (which must hold nothing else); undefined if malformed. */
export function readAll(bytes: Uint8Array): Tlv[] | undefined {
  const out: Tlv[] = [];
  let i = 0;
  while (i < bytes.length) {
    if (i + 2 > bytes.length) return undefined;
    const tag = bytes[i];
    let len = bytes[i + 1];
    i += 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 3 || i + n > bytes.length) return undefined;
      len = 0;
      for (let j = 0; j < n; j++) len = (len << 8) | bytes[i + j];
      i += n;
    }
    if (i + len > bytes.length) return undefined;
    out.push({ tag, content: bytes.subarray(i, i + len) });
    i += len;
  }
  return out;
}

export function toBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}
