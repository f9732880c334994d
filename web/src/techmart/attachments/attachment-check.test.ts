import { describe, expect, it } from 'vitest';
import { ACCEPT_ATTRIBUTE, checkFile, expectedMediaType, MAX_ATTACHMENT_BYTES } from './attachment-check.ts';

describe('checkFile', () => {
  it('accepts the photos and documents the API stores', () => {
    expect(checkFile({ name: 'may-say.jpg', type: 'image/jpeg', size: 2_000_000 })).toBeNull();
    expect(checkFile({ name: 'ho-so.pdf', type: 'application/pdf', size: 10 })).toBeNull();
    expect(checkFile({ name: 'bang-gia.xlsx', type: '', size: 5000 })).toBeNull();
  });

  it('refuses other types, empty files and files over 10 MB before uploading', () => {
    expect(checkFile({ name: 'video.mp4', type: 'video/mp4', size: 1000 })).toBe('type');
    expect(checkFile({ name: 'setup.exe', type: '', size: 1000 })).toBe('type');
    expect(checkFile({ name: 'rong.png', type: 'image/png', size: 0 })).toBe('empty');
    expect(checkFile({ name: 'lon.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toBe('size');
    expect(checkFile({ name: 'vua.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES })).toBeNull();
  });

  it('knows a JPEG by either extension and offers both in the file picker', () => {
    expect(expectedMediaType({ name: 'ANH.JPEG', type: '', size: 1 })).toBe('image/jpeg');
    expect(ACCEPT_ATTRIBUTE).toContain('.jpeg');
    expect(ACCEPT_ATTRIBUTE).toContain('application/pdf');
  });
});
