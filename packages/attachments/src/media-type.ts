// Decides what a file is from its first bytes, never from its name or the browser's claim:
// a script renamed to .pdf stays out. Pure.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_MEDIA_TYPES = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;

export type AcceptedMediaType = keyof typeof ACCEPTED_MEDIA_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Office Open XML files are ZIPs; their part names (stored uncompressed) tell Word from Excel. */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  // latin1 maps every byte to one character, so ASCII names are found where they are.
  return new TextDecoder('latin1').decode(bytes).includes(text);
}

export function sniffMediaType(bytes: Uint8Array): AcceptedMediaType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && containsAscii(bytes, '[Content_Types].xml')) {
    if (containsAscii(bytes, 'word/document.xml'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (containsAscii(bytes, 'xl/workbook.xml'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/** A file name safe to store and to put in a Content-Disposition header: no paths, no controls. */
export function safeFileName(name: string, mediaType: AcceptedMediaType): string {
  const base = name
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    .split('')
    .filter((c) => c !== '"' && c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 200);
  return base === '' || base === '.' || base === '..' ? `tep-dinh-kem.${ACCEPTED_MEDIA_TYPES[mediaType]}` : base;
}
