/**
 * Content-Transfer-Encoding
 *
 * Tolerant quoted-printable and base64 decoders. Broken input never throws: invalid characters are
 * dropped, and the caller learns that the input was damaged so it can record a diagnostic.
 */

export interface Decoded {
  readonly bytes: Buffer;
  /** True when the input had characters or structure the encoding does not allow. */
  readonly damaged: boolean;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Decodes quoted-printable (RFC 2045 §6.7); soft line breaks are removed. */
export function decodeQuotedPrintable(input: Buffer): Decoded {
  const out = Buffer.allocUnsafe(input.length);
  let o = 0;
  let damaged = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c !== 0x3d) {
      out[o++] = c;
      continue;
    }
    const a = input[i + 1];
    if (a === 0x0d && input[i + 2] === 0x0a) {
      i += 2;
      continue;
    }
    if (a === 0x0a) {
      i += 1;
      continue;
    }
    const hex = input.toString('latin1', i + 1, i + 3);
    if (HEX.test(hex)) {
      out[o++] = parseInt(hex, 16);
      i += 2;
    } else {
      // A bare "=" that is not an escape: keep it, as most mail readers do.
      out[o++] = c;
      if (i + 1 < input.length && !/[\s]/.test(String.fromCharCode(a ?? 32))) damaged = true;
    }
  }
  return { bytes: out.subarray(0, o), damaged };
}

/** Decodes base64, skipping whitespace; other invalid characters mark the input as damaged. */
export function decodeBase64(input: Buffer): Decoded {
  const text = input.toString('latin1');
  const clean = text.replace(/[\s]+/g, '');
  const valid = clean.replace(/[^A-Za-z0-9+/=]/g, '');
  const noPad = valid.replace(/=+$/, '');
  const damaged = valid.length !== clean.length || noPad.includes('=') || noPad.length % 4 === 1;
  return { bytes: Buffer.from(noPad.replace(/=/g, ''), 'base64'), damaged };
}

/** Applies a Content-Transfer-Encoding by name (7bit/8bit/binary pass through). */
export function decodeTransfer(encoding: string | undefined, body: Buffer): Decoded {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return decodeBase64(body);
    default:
      return { bytes: body, damaged: false };
  }
}
