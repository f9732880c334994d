// SIGTERM/SIGINT: stop consumers (finish in-flight, commit, leave), then relays (finish the batch), then transports.
export interface Stoppable {
  stop?(): Promise<void>;
  close?(): Promise<void>;
}

/** Stops the parts in the order given, once, on the first signal; returns a remover. */
export function stopOnSignals(
  parts: Stoppable[],
  options: { signals?: NodeJS.Signals[]; exit?: boolean } = {},
): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      for (const part of parts) {
        try {
          if (part.stop) await part.stop();
          else await part.close?.();
        } catch {
          // keep stopping the rest; anything uncommitted is redelivered and deduplicated
        }
      }
      if (options.exit ?? true) process.exit(0);
    })();
  };
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
