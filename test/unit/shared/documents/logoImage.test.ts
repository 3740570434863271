import { describe, expect, it } from 'vitest';
import {
  logoBytes,
  logoDataUrl,
  logoImageOf,
  logoProblem,
  maxLogoBytes,
} from '../../../../shared/documents';
import { tinyJpeg, tinyPng } from './logoFixtures';

describe('logo image', () => {
  it('reads the kind and size of a PNG and a JPEG from their content', () => {
    expect(logoImageOf(tinyPng)).toEqual({ type: 'png', width: 3, height: 2 });
    expect(logoImageOf(tinyJpeg)).toEqual({ type: 'jpg', width: 4, height: 5 });
  });

  it('refuses a file that only claims to be an image, and one over 512 KB', () => {
    expect(logoProblem(new TextEncoder().encode('<svg onload="x"></svg>'))).toBe('notAnImage');
    const large = new Uint8Array(maxLogoBytes + 1);
    large.set(tinyPng);
    expect(logoProblem(large)).toBe('tooLarge');
    expect(logoProblem(tinyPng)).toBeNull();
  });

  it('stores a logo as a data URL that gives back the same bytes', () => {
    const url = logoDataUrl(tinyJpeg);
    expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(logoBytes(url)).toEqual(tinyJpeg);
    expect(logoBytes('data:text/html;base64,PGI+')).toBeNull();
  });
});
