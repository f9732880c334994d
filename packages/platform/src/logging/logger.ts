import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../config/config-fields.js';
import { currentTraceId } from './trace-context.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  service: string;
  level?: LogLevel;
  /** where lines go; stdout by default (tests pass a stream to read lines back) */
  destination?: DestinationStream;
}

/** JSON logger; every line carries `service` and, inside runWithTrace, `traceId`. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const traceId = currentTraceId();
        return traceId ? { traceId } : {};
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-sti-principal-sig"]', '*.password'],
        censor: '[redacted]',
      },
    },
    options.destination,
  );
}
