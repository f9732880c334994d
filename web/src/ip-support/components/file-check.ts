// What the portal checks before it uploads a dossier document or a claim's evidence: PDF and images
// (PNG, JPEG, WebP) only, not empty, at most 10 MB. The service decides again from the bytes (magic numbers); this only
// spares a user a long upload that would be refused. Pure.

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

export const ACCEPT_DOCUMENTS = 'application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp';

export type FileProblem = 'type' | 'empty' | 'size';

export function checkDocument(file: { name: string; type: string; size: number }): FileProblem | null {
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  const expected = BY_EXTENSION[ext];
  if (!expected || (file.type !== '' && file.type !== expected)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'size';
  return null;
}
