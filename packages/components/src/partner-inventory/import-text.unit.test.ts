import { describe, expect, it } from 'vitest';
import { measureText, readSpreadsheetFile } from './import-text.js';

/** Bytes of a picked file, read a slice at a time. */
const SLICE = 256 * 1024;

describe('readSpreadsheetFile', () => {
  it('reads UTF-8 with a byte-order mark, a character split between two slices kept whole', async () => {
    // "ñ" is two bytes; the first lands on the last byte of the first slice.
    const text = `Name\r\n${'a'.repeat(SLICE - 10)}ñ,"Café Ñandú"\r\n`;
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(bytes[SLICE - 1]).toBe(0xc3);
    expect(await readSpreadsheetFile(new Blob([bytes]))).toBe(text);
  });

  it('reads Windows-1252 when the bytes are not UTF-8, past the first slice too', async () => {
    const bytes = new Uint8Array(SLICE + 10).fill(0x61);
    bytes.set([0x43, 0x61, 0x66, 0xe9], SLICE + 2); // "Café" in Windows-1252
    const text = await readSpreadsheetFile(new Blob([bytes]));
    expect(text).toHaveLength(SLICE + 10);
    expect(text?.slice(SLICE + 2, SLICE + 6)).toBe('Café');
  });

  it('reads a file that ends inside a UTF-8 character as Windows-1252', async () => {
    expect(await readSpreadsheetFile(new Blob([new Uint8Array([0x4e, 0xc3])]))).toBe('NÃ');
  });

  it('stops when the text is no longer wanted', async () => {
    const bytes = new Uint8Array(SLICE * 3).fill(0x61);
    let reads = 0;
    expect(await readSpreadsheetFile(new Blob([bytes]), () => ++reads < 2)).toBeUndefined();
    expect(reads).toBe(2);
  });

  it('reads an empty file as empty text', async () => {
    expect(await readSpreadsheetFile(new Blob([]))).toBe('');
  });
});

describe('measureText', () => {
  it('counts lines (a last line without a break too) and UTF-8 bytes', () => {
    expect(measureText('')).toEqual({ lines: 0, bytes: 0 });
    expect(measureText('a,b\r\n1,2\r\n')).toEqual({ lines: 2, bytes: 10 });
    expect(measureText('a\nñ')).toEqual({ lines: 2, bytes: 4 });
    expect(measureText('€😀')).toEqual({ lines: 1, bytes: 7 });
  });
});
