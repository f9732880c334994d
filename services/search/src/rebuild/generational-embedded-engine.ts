// The embedded engine as the search service holds it: the current index generation, replaceable by a
// fresh one built from the projection table while the current one keeps answering searches.
//
// Layout under the search data directory (`.data/search` embedded, SEARCH_DATA_DIR distributed):
//   index/ or index-g<N>/        one snapshot directory per generation (`index/` = generation 0)
//   index-generation.json        { "generation": N, "directory": "index-g<N>" } — written atomically
// A crash while a generation is built leaves the pointer on the previous one; the half-built
// directory is removed by the next build.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SqlExecutor } from '@sti/platform';
import type { Logger } from 'pino';
import {
  EmbeddedSearchEngine,
  type IndexSettings,
  type RemoveRef,
  type SearchDocument,
  type SearchEngine,
  type SearchEngineStats,
  type SearchQuery,
  type SearchResult,
  type WriteResult,
} from '../engine/index.js';
import { syncEngineFromTable } from '../projection/search-projector.js';
import { databaseTimeMinus } from './index-state.js';

export const GENERATION_POINTER_FILE = 'index-generation.json';
/** Rows written this long before a new index started filling are re-applied after the swap. */
export const SWAP_CATCH_UP_MARGIN_SECONDS = 300;

interface GenerationPointer {
  generation: number;
  directory: string;
}

export interface GenerationalEmbeddedEngineOptions {
  /** the search data directory (holds the generations and the pointer) */
  dataDir: string;
  logger?: Logger;
  /** passed to each generation's EmbeddedSearchEngine */
  persistDebounceMs?: number;
}

export class GenerationalEmbeddedEngine implements SearchEngine {
  private settings: IndexSettings = {};
  private rebuilding: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: GenerationalEmbeddedEngineOptions,
    private current: EmbeddedSearchEngine,
    private pointer: GenerationPointer,
  ) {}

  static async open(options: GenerationalEmbeddedEngineOptions): Promise<GenerationalEmbeddedEngine> {
    await mkdir(options.dataDir, { recursive: true });
    const pointer = await readPointer(options.dataDir, options.logger);
    const engine = await EmbeddedSearchEngine.open(engineOptions(options, pointer.directory));
    return new GenerationalEmbeddedEngine(options, engine, pointer);
  }

  /** The projection-table generation this index was built from (0: never rebuilt). */
  get generation(): number {
    return this.pointer.generation;
  }

  get directory(): string {
    return join(this.options.dataDir, this.pointer.directory);
  }

  /**
   * Builds generation `generation` from the projection table in a new directory, then swaps it in:
   * searches are answered by the previous generation until the new one is complete. Rows written
   * while it was filling are applied again after the swap (versions make that harmless).
   */
  rebuildFromTable(
    generation: number,
    db: SqlExecutor,
  ): Promise<{ documents: number; removed: number; caughtUp: number; ms: number }> {
    const run = this.rebuilding.then(() => this.build(generation, db));
    this.rebuilding = run.catch(() => undefined);
    return run;
  }

  private async build(generation: number, db: SqlExecutor) {
    const started = performance.now();
    const { dataDir, logger } = this.options;
    let directory = `index-g${generation}`;
    if (directory === this.pointer.directory) directory = `${directory}-${randomBytes(3).toString('hex')}`;
    await rm(join(dataDir, directory), { recursive: true, force: true });
    const since = await databaseTimeMinus(db, SWAP_CATCH_UP_MARGIN_SECONDS);
    const next = await EmbeddedSearchEngine.open(engineOptions(this.options, directory));
    let filled: { documents: number; removed: number };
    try {
      await next.ensureIndex(this.settings);
      filled = await syncEngineFromTable(db, next);
      await next.flush();
    } catch (error) {
      await next.close().catch(() => undefined);
      await rm(join(dataDir, directory), { recursive: true, force: true });
      throw error;
    }
    const previous = this.current;
    const previousDirectory = this.pointer.directory;
    this.current = next;
    this.pointer = { generation, directory };
    await writePointer(dataDir, this.pointer);
    // writes that went to the previous generation while this one was filling
    const caughtUp = await syncEngineFromTable(db, next, { changedSince: since });
    await previous.close().catch((err) => logger?.warn({ err }, 'closing the previous search index failed'));
    await rm(join(dataDir, previousDirectory), { recursive: true, force: true });
    const ms = Math.round(performance.now() - started);
    logger?.info(
      { generation, directory, ...filled, caughtUp: caughtUp.documents + caughtUp.removed, ms },
      'search index generation swapped in',
    );
    return { ...filled, caughtUp: caughtUp.documents + caughtUp.removed, ms };
  }

  async ensureIndex(settings: IndexSettings = {}): Promise<void> {
    this.settings = settings;
    await this.current.ensureIndex(settings);
  }

  upsert(docs: readonly SearchDocument[]): Promise<WriteResult> {
    return this.current.upsert(docs);
  }

  remove(refs: readonly (string | RemoveRef)[]): Promise<WriteResult> {
    return this.current.remove(refs);
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.current.search(query);
  }

  clear(): Promise<void> {
    return this.current.clear();
  }

  stats(): Promise<SearchEngineStats> {
    return this.current.stats();
  }

  flush(): Promise<void> {
    return this.current.flush();
  }

  async close(): Promise<void> {
    await this.rebuilding;
    await this.current.close();
  }
}

function engineOptions(options: GenerationalEmbeddedEngineOptions, directory: string) {
  return {
    directory: join(options.dataDir, directory),
    logger: options.logger,
    persistDebounceMs: options.persistDebounceMs,
  };
}

/** No pointer: generation 0 in `index/` (installs from before rebuilds existed). Unreadable: -1, so
 * the service rebuilds the index from the table at start. */
async function readPointer(dataDir: string, logger?: Logger): Promise<GenerationPointer> {
  let text: string;
  try {
    text = await readFile(join(dataDir, GENERATION_POINTER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { generation: 0, directory: 'index' };
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as GenerationPointer;
    if (Number.isInteger(parsed.generation) && /^index(-g\d+(-[0-9a-f]+)?)?$/.test(parsed.directory)) return parsed;
  } catch {
    // fall through
  }
  logger?.warn({ file: join(dataDir, GENERATION_POINTER_FILE) }, 'search index pointer unreadable; rebuilding');
  return { generation: -1, directory: 'index' };
}

async function writePointer(dataDir: string, pointer: GenerationPointer): Promise<void> {
  const file = join(dataDir, GENERATION_POINTER_FILE);
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(pointer)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
