// CloudEvents Kafka binary-mode headers and the decoding of a delivered message into a ConsumedEvent.
import { randomBytes } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import { contractRegistry } from '@sti/contracts';
import { isValidTraceId, traceIdFromTraceparent } from '../logging/trace-context.js';
import type { ConsumedEvent, DeadLetterReason, PublishRecord, TransportMessage } from './event.types.js';

export const CONTENT_TYPE_PROTOBUF = 'application/protobuf';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cloudEventHeaders(record: PublishRecord): Record<string, string> {
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: record.id,
    ce_type: record.type,
    ce_source: record.source,
    ce_time: record.occurredAt.toISOString(),
    ce_subject: record.aggregateId,
    'content-type': CONTENT_TYPE_PROTOBUF,
  };
  if (record.traceId && isValidTraceId(record.traceId)) {
    // a fresh span id: the relay's publish is a new span of the writer's trace
    headers.traceparent = `00-${record.traceId}-${randomSpanId()}-01`;
  }
  return headers;
}

export type DecodeResult =
  | { ok: true; event: ConsumedEvent }
  | { ok: false; reason: DeadLetterReason; error: string; eventId?: string; eventType?: string };

/** Never throws: anything wrong with a message becomes a dead-letter reason. */
export function decodeMessage(message: TransportMessage): DecodeResult {
  const h = message.headers;
  const id = h.ce_id;
  const type = h.ce_type;
  const base = { eventId: id, eventType: type };
  const missing = ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time'].filter((name) => !h[name]);
  if (missing.length > 0)
    return { ok: false, reason: 'malformed', error: `missing headers: ${missing.join(', ')}`, ...base };
  if (!UUID.test(id ?? '')) return { ok: false, reason: 'malformed', error: `ce_id is not a UUID: ${id}`, ...base };
  const contentType = h['content-type'];
  if (contentType && contentType !== CONTENT_TYPE_PROTOBUF) {
    return { ok: false, reason: 'malformed', error: `unsupported content-type: ${contentType}`, ...base };
  }
  const time = new Date(h.ce_time ?? '');
  if (Number.isNaN(time.getTime()))
    return { ok: false, reason: 'malformed', error: `bad ce_time: ${h.ce_time}`, ...base };
  if (!message.value) return { ok: false, reason: 'malformed', error: 'empty value', ...base };
  const schema = contractRegistry.getMessage(type ?? '');
  if (!schema) return { ok: false, reason: 'unknown-type', error: `unknown event type: ${type}`, ...base };
  let decoded: unknown;
  try {
    decoded = fromBinary(schema, message.value);
  } catch (error) {
    return { ok: false, reason: 'undecodable', error: `cannot decode ${type}: ${errorText(error)}`, ...base };
  }
  return {
    ok: true,
    event: {
      id: id as string,
      type: type as string,
      source: h.ce_source as string,
      time,
      subject: h.ce_subject ?? message.key ?? '',
      topic: message.topic,
      traceId: traceIdFromTraceparent(h.traceparent),
      message: decoded,
      payload: message.value,
      partition: message.partition,
      offset: message.offset,
    },
  };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function randomSpanId(): string {
  const id = randomBytes(8).toString('hex');
  return /^0+$/.test(id) ? '0000000000000001' : id;
}
