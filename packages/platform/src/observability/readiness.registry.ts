export type ReadinessCheck = () => Promise<unknown> | unknown;

export interface ReadinessCheckResult {
  name: string;
  ok: boolean;
  durationMs: number;
  error?: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: ReadinessCheckResult[];
}

/**
 * The checks `/ready` runs (database ping, transport ping…). One registry per service app, so several
 * services hosted in one process (embedded mode) each report their own readiness.
 * A check passes when it resolves and fails when it throws or exceeds its timeout.
 */
export class ReadinessRegistry {
  private readonly checks = new Map<string, { check: ReadinessCheck; timeoutMs: number }>();

  /** Adds (or replaces) a named check; returns a function removing it. */
  register(name: string, check: ReadinessCheck, options: { timeoutMs?: number } = {}): () => void {
    const entry = { check, timeoutMs: options.timeoutMs ?? 2_000 };
    this.checks.set(name, entry);
    return () => {
      if (this.checks.get(name) === entry) this.checks.delete(name);
    };
  }

  /** Alias of register, under the name the platform's docs use. */
  registerReadinessCheck(name: string, check: ReadinessCheck, options: { timeoutMs?: number } = {}): () => void {
    return this.register(name, check, options);
  }

  names(): string[] {
    return [...this.checks.keys()];
  }

  async run(): Promise<ReadinessReport> {
    const checks = await Promise.all(
      [...this.checks].map(async ([name, { check, timeoutMs }]): Promise<ReadinessCheckResult> => {
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            Promise.resolve().then(check),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
            }),
          ]);
          return { name, ok: true, durationMs: Math.round(performance.now() - started) };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { name, ok: false, durationMs: Math.round(performance.now() - started), error: message };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return { ready: checks.every((check) => check.ok), checks };
  }
}
