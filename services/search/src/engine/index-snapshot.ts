// The embedded engine's on-disk snapshot: one file, written to a temporary name, fsynced, then
// renamed over the previous one (atomic on POSIX: a crash leaves the old or the new snapshot, never
// half of one). Layout: magic, u32 header length, JSON header (documents, remembered versions, term
// dictionary), then per term its document numbers (u32) and weights (f32), little-endian.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Postings } from './inverted-index.js';
import type { SearchDocument } from './search-engine.port.js';

const MAGIC = 'STISRCH1';
const FORMAT = 1;

export interface SnapshotData {
  /** analyser fingerprint (synonyms, typo rule): a mismatch means the postings must be rebuilt */
  fingerprint: string;
  /** documents by document number; null marks a removed document's number */
  documents: (SearchDocument | null)[];
  /** removed ids and the version they were removed at */
  tombstones: [string, number][];
  terms: [string, Postings][];
  /** when the snapshot was written (set on read) */
  writtenAt?: string;
}

interface Header {
  format: number;
  fingerprint: string;
  writtenAt: string;
  documents: (SearchDocument | null)[];
  tombstones: [string, number][];
  terms: [string, number][];
}

/**
 * Serialises synchronously (the engine may change right after this call returns its promise),
 * then writes atomically.
 */
export async function writeSnapshot(file: string, data: SnapshotData): Promise<void> {
  const header: Header = {
    format: FORMAT,
    fingerprint: data.fingerprint,
    writtenAt: new Date().toISOString(),
    documents: data.documents,
    tombstones: data.tombstones,
    terms: data.terms.map(([term, p]) => [term, p.length]),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const padding = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  if (padding) json = Buffer.concat([json, Buffer.alloc(padding, 0x20)]); // spaces keep the JSON valid
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, 'ascii');
  prefix.writeUInt32LE(json.length, MAGIC.length);

  const chunks: Buffer[] = [prefix, json];
  for (const [, p] of data.terms) {
    // copies, so later in-place changes (compaction) cannot reach the bytes being written
    chunks.push(Buffer.from(new Uint8Array(p.docs.buffer, p.docs.byteOffset, p.length * 4)));
    chunks.push(Buffer.from(new Uint8Array(p.weights.buffer, p.weights.byteOffset, p.length * 4)));
  }
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await open(tmp, 'w');
  try {
    // writev takes at most IOV_MAX buffers per call
    for (let i = 0; i < chunks.length; i += 1024) await handle.writev(chunks.slice(i, i + 1024));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(tmp, file);
  try {
    const dir = await open(dirname(file), 'r');
    await dir.sync().finally(() => dir.close());
  } catch {
    // directory fsync is best effort (not supported everywhere)
  }
}

/** Reads a snapshot; null when the file does not exist. Throws on a damaged or foreign file. */
export async function readSnapshot(file: string): Promise<SnapshotData | null> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (buf.length < MAGIC.length + 4 || buf.toString('ascii', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`${file} is not a search snapshot`);
  }
  const headerLength = buf.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  // TextDecoder decodes large UTF-8 faster than Buffer#toString on Node 20
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(offset, offset + headerLength))) as Header;
  if (header.format !== FORMAT) throw new Error(`${file}: unsupported snapshot format ${header.format}`);
  offset += headerLength;
  const terms: [string, Postings][] = [];
  for (const [term, count] of header.terms) {
    const bytes = count * 4;
    if (offset + 2 * bytes > buf.length) throw new Error(`${file} is truncated`);
    // copies: the file buffer is not guaranteed to be 4-byte aligned, and postings must be growable anyway
    const docs = new Uint32Array(count);
    Buffer.from(docs.buffer).set(buf.subarray(offset, offset + bytes));
    offset += bytes;
    const weights = new Float32Array(count);
    Buffer.from(weights.buffer).set(buf.subarray(offset, offset + bytes));
    offset += bytes;
    terms.push([term, Postings.of(docs, weights)]);
  }
  if (offset !== buf.length) throw new Error(`${file} has trailing bytes`);
  return {
    fingerprint: header.fingerprint,
    documents: header.documents,
    tombstones: header.tombstones,
    terms,
    writtenAt: header.writtenAt,
  };
}
