import { randomBytes } from 'node:crypto';
import { createKafkaTransport } from './kafka.transport.js';
import { KAFKA_BROKERS } from './test-support/events-test-db.js';
import { defineTransportContract } from './test-support/transport.contract.js';

defineTransportContract('kafka', {
  create: async () =>
    createKafkaTransport({
      brokers: KAFKA_BROKERS,
      clientId: `contract-${randomBytes(3).toString('hex')}`,
      partitions: 3,
      sessionTimeoutMs: 6_000,
    }),
  timeoutMs: 120_000,
});
