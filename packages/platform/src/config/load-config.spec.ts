import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  booleanField,
  databaseUrlField,
  durationMsField,
  logLevelField,
  portField,
  serviceConfigFields,
  urlField,
} from './config-fields.js';
import { ConfigError } from './config-error.js';
import { bootConfig, loadConfig } from './load-config.js';

const schema = z.object({
  PORT: portField(),
  DATABASE_URL: databaseUrlField(),
  LOG_LEVEL: logLevelField().default('info'),
  KAFKA_ENABLED: booleanField().default(false),
  RELAY_INTERVAL: durationMsField().default(250),
  MEILI_URL: urlField().optional(),
});

describe('loadConfig', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses, converts and freezes', () => {
    const config = loadConfig(schema, {
      PORT: '3001',
      DATABASE_URL: 'pglite://memory',
      KAFKA_ENABLED: 'Yes',
      RELAY_INTERVAL: '2s',
      UNRELATED: 'x',
    });
    expect(config).toEqual({
      PORT: 3001,
      DATABASE_URL: 'pglite://memory',
      LOG_LEVEL: 'info',
      KAFKA_ENABLED: true,
      RELAY_INTERVAL: 2000,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty strings as unset so defaults apply', () => {
    const config = loadConfig(schema, { PORT: '80', DATABASE_URL: 'postgres://a@b/c', LOG_LEVEL: '' });
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('names every offending variable and why in one error', () => {
    let error: unknown;
    try {
      loadConfig(schema, {
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        KAFKA_ENABLED: 'maybe',
        MEILI_URL: 'not a url',
        RELAY_INTERVAL: '5 minutes',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT: expected a number 1–65535, got "abc"');
    expect(message).toContain('DATABASE_URL: required');
    expect(message).toContain('LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"');
    expect(message).toContain('KAFKA_ENABLED: expected true/false');
    expect(message).toContain('MEILI_URL: expected an absolute URL, got "not a url"');
    expect(message).toContain('RELAY_INTERVAL: expected a duration');
    expect((error as ConfigError).issues.map((i) => i.variable).sort()).toEqual([
      'DATABASE_URL',
      'KAFKA_ENABLED',
      'LOG_LEVEL',
      'MEILI_URL',
      'PORT',
      'RELAY_INTERVAL',
    ]);
  });

  it('rejects out-of-range ports and unsupported database URLs', () => {
    expect(() => loadConfig(schema, { PORT: '70000', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT: expected a number 1–65535, got "70000"[\s\S]*DATABASE_URL: expected postgres/,
    );
  });

  it('converts durations with units', () => {
    const parse = (value: string) => durationMsField().parse(value);
    expect([parse('250'), parse('250ms'), parse('30s'), parse('5m'), parse('2h'), parse('1d')]).toEqual([
      250, 250, 30_000, 300_000, 7_200_000, 86_400_000,
    ]);
  });

  it('offers the fields every service shares', () => {
    const config = loadConfig(z.object(serviceConfigFields), {
      PORT: '4000',
      DATABASE_URL: 'postgres://sti:sti@127.0.0.1:5432/techmart',
      INTERNAL_AUTH_SECRET: 'x'.repeat(32),
    });
    expect(config.HOST).toBe('127.0.0.1');
    expect(() =>
      loadConfig(z.object(serviceConfigFields), {
        PORT: '1',
        DATABASE_URL: 'pglite:./d',
        INTERNAL_AUTH_SECRET: 'short',
      }),
    ).toThrow('INTERNAL_AUTH_SECRET: expected at least 32 characters');
  });

  it('bootConfig prints the problems and exits 1', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exited');
    }) as never);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => bootConfig(schema, { PORT: 'abc' })).toThrow('exited');
    expect(exit).toHaveBeenCalledWith(1);
    expect(String(stderr.mock.calls[0]?.[0])).toContain('DATABASE_URL: required');
  });
});
