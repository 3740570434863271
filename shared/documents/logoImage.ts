import { base64Of } from './base64';

/** The largest logo a network may keep: it travels in every document and every backup. */
export const maxLogoBytes = 512 * 1024;

/** A logo read from its bytes: what kind of image, and its size in pixels. */
export type LogoImage = { type: 'png' | 'jpg'; width: number; height: number };

/** Why a file cannot be a logo. */
export type LogoProblem = 'tooLarge' | 'notAnImage';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const uint16 = (bytes: Uint8Array, at: number): number =>
  ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const uint32 = (bytes: Uint8Array, at: number): number =>
  uint16(bytes, at) * 0x10000 + uint16(bytes, at + 2);

function pngImage(bytes: Uint8Array): LogoImage | null {
  if (!pngSignature.every((value, index) => bytes[index] === value)) return null;
  // The first chunk is IHDR: width and height, 4 bytes each, after its length and type.
  const isHeader = String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  const width = uint32(bytes, 16);
  const height = uint32(bytes, 20);
  return isHeader && width > 0 && height > 0 ? { type: 'png', width, height } : null;
}

function jpegImage(bytes: Uint8Array): LogoImage | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Start-of-frame markers C0–CF, except C4 (Huffman tables), C8 and CC, carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = uint16(bytes, at + 5);
      const width = uint16(bytes, at + 7);
      return width > 0 && height > 0 ? { type: 'jpg', width, height } : null;
    }
    at += 2 + uint16(bytes, at + 2);
  }
  return null;
}

/** What image the bytes hold, judged by their content (PNG or JPEG), or null. */
export function logoImageOf(bytes: Uint8Array): LogoImage | null {
  return pngImage(bytes) ?? jpegImage(bytes);
}

/** The reason a file cannot be a network's logo, or null when it can. */
export function logoProblem(bytes: Uint8Array): LogoProblem | null {
  if (bytes.byteLength > maxLogoBytes) return 'tooLarge';
  return logoImageOf(bytes) ? null : 'notAnImage';
}

/** The logo as a data URL, the form it is stored in on the network (and so in backups). */
export function logoDataUrl(bytes: Uint8Array): string {
  const image = logoImageOf(bytes);
  const mime = image?.type === 'jpg' ? 'image/jpeg' : 'image/png';
  return `data:${mime};base64,${base64Of(bytes)}`;
}

/** The bytes of a stored logo data URL, or null when it holds none. */
export function logoBytes(dataUrl: string): Uint8Array | null {
  const match = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match?.[1]) return null;
  const binary = atob(match[1]);
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}
