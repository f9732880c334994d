import { describe, expect, it } from 'vitest';
import { safeFileName, sniffMediaType } from './media-type.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('sniffMediaType', () => {
  it('recognises the accepted formats by their first bytes', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffMediaType(bytes([0x50, 0x4b, 3, 4], '....[Content_Types].xml....word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffMediaType(bytes([0x50, 0x4b, 3, 4], '[Content_Types].xml xl/workbook.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('refuses everything else, whatever the name says', () => {
    expect(sniffMediaType(bytes('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffMediaType(bytes('MZ\x90\x00'))).toBeNull();
    expect(sniffMediaType(bytes([0x50, 0x4b, 3, 4], 'a plain zip'))).toBeNull();
    expect(sniffMediaType(bytes('GIF89a'))).toBeNull();
    expect(sniffMediaType(new Uint8Array())).toBeNull();
  });
});

describe('safeFileName', () => {
  it('drops paths and control characters and keeps Vietnamese names', () => {
    expect(safeFileName('../../etc/passwd', 'application/pdf')).toBe('passwd');
    expect(safeFileName('C:\\Users\\an\\Bảng giá máy sấy.pdf', 'application/pdf')).toBe('Bảng giá máy sấy.pdf');
    expect(safeFileName('a"b\u0000c\n.png', 'image/png')).toBe('abc.png');
    expect(safeFileName('   ', 'image/png')).toBe('tep-dinh-kem.png');
  });
});
