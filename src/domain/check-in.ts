// Check-in at the door: the short code a badge's QR code carries (and staff type when the camera
// fails), and the rules of who can be checked in. Pure rules, no I/O.

/** Crockford base32: no I, L, O or U, so a code read aloud or typed from a badge survives. */
export const checkInCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const checkInCodeLength = 8;

/**
 * The code as stored, from what someone typed or a scanner read: case and separators ignored, and
 * the letters Crockford base32 leaves out read as the digits they look like (I, L → 1; O → 0).
 * Undefined when it cannot be a code.
 */
export function normaliseCheckInCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== checkInCodeLength) return undefined;
  for (const ch of code) if (!checkInCodeAlphabet.includes(ch)) return undefined;
  return code;
}

/** The code in two groups of four, as printed under a badge's QR code. */
export function formatCheckInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Turns 40 random bits (five bytes from the caller's random source) into a code. */
export function checkInCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 5) throw new RangeError('A check-in code needs five random bytes');
  let code = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < 5; i++) {
    buffer = (buffer << 8) | bytes[i]!;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += checkInCodeAlphabet[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return code;
}

