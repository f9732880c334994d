// Builds an OutgoingEvent from a protobuf message; the only way application code makes events.
import {
  create,
  type DescMessage,
  isMessage,
  type MessageInitShape,
  type MessageShape,
  toBinary,
} from '@bufbuild/protobuf';
import { uuidv7 } from 'uuidv7';
import { currentTraceId } from '../logging/trace-context.js';
import type { OutgoingEvent } from './event.types.js';

export interface EventOptions {
  /** e.g. techmart.offer */
  aggregateType: string;
  aggregateId: string;
  /** defaults to `${aggregateType}.v1` */
  topic?: string;
  /** defaults to `/sti/<first segment of the topic>` */
  source?: string;
  id?: string;
  occurredAt?: Date;
  traceId?: string;
}

export function event<Desc extends DescMessage>(
  schema: Desc,
  message: MessageShape<Desc> | MessageInitShape<Desc>,
  options: EventOptions,
): OutgoingEvent {
  const full = isMessage(message, schema) ? message : create(schema, message as MessageInitShape<Desc>);
  const topic = options.topic ?? `${options.aggregateType}.v1`;
  return {
    id: options.id ?? uuidv7(),
    topic,
    aggregateType: options.aggregateType,
    aggregateId: options.aggregateId,
    type: schema.typeName,
    source: options.source ?? defaultSource(topic),
    occurredAt: options.occurredAt ?? new Date(),
    traceId: options.traceId ?? currentTraceId(),
    payload: toBinary(schema, full as MessageShape<Desc>),
  };
}

export function defaultSource(topic: string): string {
  return `/sti/${topic.split('.')[0] ?? topic}`;
}
