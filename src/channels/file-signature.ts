/**
 * What a file is by its first bytes (magic numbers), whatever its sender declared: an HTML page labelled
 * `image/png` is not a photo. Covers the types we keep as evidence.
 */
const ascii = (bytes: Buffer, start: number, text: string): boolean =>
  bytes.length >= start + text.length && bytes.toString('latin1', start, start + text.length) === text;

// ISO-BMFF brands of HEIF/HEIC stills and sequences (ISO/IEC 23008-12).
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** The MIME type the bytes are (`image/jpeg`, …, `application/pdf`), or undefined for anything else. */
export function detectFileType(bytes: Buffer): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'image/gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  if (ascii(bytes, 4, 'ftyp') && HEIF_BRANDS.has(bytes.toString('latin1', 8, 12))) return 'image/heic';
  if (ascii(bytes, 0, '%PDF-')) return 'application/pdf';
  return undefined;
}

/** How many leading bytes `detectFileType` needs. */
export const SIGNATURE_BYTES = 16;
