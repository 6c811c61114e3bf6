// Transfer sizes and Subresource Integrity of a built file.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {Uint8Array} bytes */
export function measure(bytes) {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

/** The value for a `<script integrity="…">` attribute. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
