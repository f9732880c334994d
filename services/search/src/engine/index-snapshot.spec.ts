import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot, writeSnapshot } from './index-snapshot.js';
import { Postings } from './inverted-index.js';
import { contractDocument } from './testing/contract-fixtures.js';

describe('index snapshot', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'snapshot-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips documents, tombstones and postings, leaving no temporary file', async () => {
    const file = join(dir, 'nested', 'index.snapshot');
    const p = new Postings();
    p.push(0, 1.5);
    p.push(2, 0.25);
    await writeSnapshot(file, {
      fingerprint: 'fp',
      documents: [contractDocument({ id: 'a', title: 'Máy sấy' }), null, contractDocument({ id: 'c' })],
      tombstones: [['gone', 3]],
      terms: [['may', p]],
    });
    const back = await readSnapshot(file);
    expect(back?.fingerprint).toBe('fp');
    expect(back?.documents.map((d) => d?.id ?? null)).toEqual(['a', null, 'c']);
    expect(back?.tombstones).toEqual([['gone', 3]]);
    const [term, postings] = back?.terms[0] ?? [];
    expect(term).toBe('may');
    expect(Array.from(postings?.docs ?? [])).toEqual([0, 2]);
    expect(Array.from(postings?.weights ?? [])).toEqual([1.5, 0.25]);
    expect(await readdir(join(dir, 'nested'))).toEqual(['index.snapshot']);
  });

  it('returns null when there is no snapshot', async () => {
    expect(await readSnapshot(join(dir, 'none'))).toBeNull();
  });

  it('rejects foreign and truncated files', async () => {
    const file = join(dir, 'index.snapshot');
    await writeFile(file, 'hello world');
    await expect(readSnapshot(file)).rejects.toThrow(/not a search snapshot/);
    const p = new Postings();
    p.push(0, 1);
    await writeSnapshot(file, { fingerprint: 'fp', documents: [], tombstones: [], terms: [['t', p]] });
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 2));
    await expect(readSnapshot(file)).rejects.toThrow(/truncated/);
  });
});
