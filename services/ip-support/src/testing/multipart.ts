// A multipart/form-data body with one file part, for upload tests.
export function multipart(fileName: string, content: Buffer, contentType = 'application/pdf') {
  const boundary = '----ip-support-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A tiny but well-formed-looking PDF (content sniffing only looks at the first bytes). */
export function fakePdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}
