// Response headers for sending a stored file: the type we sniffed (never the uploader's claim),
// a UTF-8 file name, and nothing a browser could run (nosniff, a sandboxing CSP). Images show
// inline; documents download.

export interface DownloadableFile {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export function downloadHeaders(file: DownloadableFile): Record<string, string> {
  const inline = file.mediaType.startsWith('image/');
  return {
    'Content-Type': file.mediaType,
    'Content-Length': String(file.sizeBytes),
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    ETag: `"${file.sha256}"`,
    'Cache-Control': 'private, max-age=86400',
  };
}
