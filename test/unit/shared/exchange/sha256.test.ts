import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/exchange/sha256';

const nodeSha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the published digests of the standard test messages', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node’s crypto on texts of every padding length, accented and beyond the BMP', () => {
    const texts = [
      ...Array.from({ length: 140 }, (_, length) => 'x'.repeat(length)),
      'Comune di Segrate · attività «in corso» — 100%',
      'Città metropolitana 🏛️ e ATS',
      JSON.stringify(['actions', 'id', 3, ['Sportello lavoro', null, '2026-11-30', 'inCorso', 40]]),
      'è'.repeat(5000),
    ];
    for (const text of texts) expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('gives the same digest however many texts were hashed before, long or short', () => {
    const short = 'riga breve';
    const expected = nodeSha256(short);
    sha256Hex('lunga '.repeat(10_000));
    expect(sha256Hex(short)).toBe(expected);
  });
});
