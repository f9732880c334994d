// Reusable field schemas for environment variables (strings in, typed values out).
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** TCP port 1–65535. */
export const portField = () =>
  z
    .string()
    .regex(/^\d+$/, 'expected a number 1–65535')
    .transform(Number)
    .pipe(z.number().int().min(1, 'expected a number 1–65535').max(65535, 'expected a number 1–65535'));

/** Any absolute URL (http, https, kafka…). */
export const urlField = () => z.string().refine((value) => URL.canParse(value), 'expected an absolute URL');

/** postgres://, postgresql://, pglite://memory or pglite:<dir>. */
export const databaseUrlField = () =>
  z
    .string()
    .regex(/^(postgres(ql)?:\/\/.+|pglite:.+)$/, 'expected postgres://… or pglite:… (pglite://memory, pglite:./dir)');

export const logLevelField = () => z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` });

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];
/** "true/1/yes/on" and "false/0/no/off" (any case) → boolean. */
export const booleanField = () =>
  z
    .string()
    .refine((value) => [...TRUE, ...FALSE].includes(value.toLowerCase()), 'expected true/false (1/0, yes/no, on/off)')
    .transform((value) => TRUE.includes(value.toLowerCase()));

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** "250", "250ms", "30s", "5m", "2h", "1d" → milliseconds. */
export const durationMsField = () =>
  z
    .string()
    .regex(/^\d+(ms|s|m|h|d)?$/, 'expected a duration such as 500, 500ms, 30s, 5m, 2h or 1d')
    .transform((value) => {
      const match = /^(\d+)(ms|s|m|h|d)?$/.exec(value);
      return Number(match?.[1]) * (DURATION_UNITS[match?.[2] ?? 'ms'] ?? 1);
    });

/** A whole number of at least `min`. */
export const countField = (min = 0) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `expected at least ${min}`));

/** A shared secret long enough for HMAC-SHA256. */
export const secretField = (minLength = 32) => z.string().min(minLength, `expected at least ${minLength} characters`);

/** Variables every service reads; services extend this with their own. */
export const serviceConfigFields = {
  HOST: z.string().default('127.0.0.1'),
  PORT: portField(),
  LOG_LEVEL: logLevelField().default('info'),
  DATABASE_URL: databaseUrlField(),
  INTERNAL_AUTH_SECRET: secretField(),
};

/** How a service creates the Kafka topics it publishes or consumes when they are missing. */
export const kafkaTopicConfigFields = {
  KAFKA_TOPIC_PARTITIONS: countField(1).default(6),
  KAFKA_TOPIC_REPLICATION_FACTOR: countField(1).default(1),
};
