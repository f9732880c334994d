import { describe, expect, it } from 'vitest';
import { checkDocument, MAX_DOCUMENT_BYTES } from './file-check.ts';

describe('checkDocument', () => {
  it('accepts PDFs and photos of the documents', () => {
    expect(checkDocument({ name: 'to-khai.pdf', type: 'application/pdf', size: 1000 })).toBeNull();
    expect(checkDocument({ name: 'MAU-NHAN.JPG', type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(checkDocument({ name: 'ban-do.png', type: '', size: 1000 })).toBeNull();
    expect(checkDocument({ name: 'anh.webp', type: 'image/webp', size: 1000 })).toBeNull();
  });

  it('refuses other types, a type that contradicts the extension, empty and oversized files', () => {
    expect(checkDocument({ name: 'ho-so.docx', type: '', size: 1000 })).toBe('type');
    expect(checkDocument({ name: 'anh.pdf', type: 'image/png', size: 1000 })).toBe('type');
    expect(checkDocument({ name: 'setup.exe', type: 'application/x-msdownload', size: 1000 })).toBe('type');
    expect(checkDocument({ name: 'rong.pdf', type: 'application/pdf', size: 0 })).toBe('empty');
    expect(checkDocument({ name: 'lon.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1 })).toBe('size');
    expect(checkDocument({ name: 'vua.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES })).toBeNull();
  });
});
