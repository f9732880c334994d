import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { PinoNestLogger } from './nest-logger.js';
import { currentTraceId, newTraceId, runWithTrace, traceIdFromTraceparent } from './trace-context.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { lines, destination };
}

describe('trace context', () => {
  it('makes W3C trace ids', () => {
    const id = newTraceId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(newTraceId()).not.toBe(id);
  });

  it('keeps the trace id across awaits and only inside runWithTrace', async () => {
    expect(currentTraceId()).toBeUndefined();
    const seen = await runWithTrace('0af7651916cd43dd8448eb211c80319c', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return currentTraceId();
    });
    expect(seen).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(currentTraceId()).toBeUndefined();
  });

  it('reads traceparent headers', () => {
    expect(traceIdFromTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
    expect(traceIdFromTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(traceIdFromTraceparent('ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBeUndefined();
    expect(traceIdFromTraceparent('garbage')).toBeUndefined();
  });
});

describe('createLogger', () => {
  it('writes JSON lines with service, level label, time and the current trace id', async () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'techmart', level: 'debug', destination });
    logger.info({ offerId: 'o1' }, 'offer published');
    runWithTrace('4bf92f3577b34da6a3ce929d0e0e4736', () => logger.debug('inside'));
    logger.info({ req: { headers: { authorization: 'Bearer secret' } } }, 'redacted');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({ level: 'info', service: 'techmart', offerId: 'o1', msg: 'offer published' });
    expect(lines[0]).not.toHaveProperty('traceId');
    expect(typeof lines[0]?.time).toBe('string');
    expect(lines[1]).toMatchObject({ level: 'debug', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', msg: 'inside' });
    expect(JSON.stringify(lines[2])).not.toContain('Bearer secret');
  });

  it('adapts Nest logger calls', async () => {
    const { lines, destination } = capture();
    const nest = new PinoNestLogger(createLogger({ service: 's', level: 'debug', destination }));
    nest.log('Nest application successfully started', 'NestApplication');
    nest.log('Mapped {/x, GET} route', 'RouterExplorer');
    nest.error('boom', 'Error: boom\n    at x', 'ExceptionsHandler');
    nest.warn({ detail: 1 }, 'Ctx');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({
      level: 'info',
      context: 'NestApplication',
      msg: 'Nest application successfully started',
    });
    expect(lines[1]).toMatchObject({ level: 'debug', context: 'RouterExplorer' });
    expect(lines[2]).toMatchObject({
      level: 'error',
      context: 'ExceptionsHandler',
      msg: 'boom',
      stack: 'Error: boom\n    at x',
    });
    expect(lines[3]).toMatchObject({ level: 'warn', context: 'Ctx', detail: 1 });
  });
});
