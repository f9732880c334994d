import { createInProcessTransport } from './in-process.transport.js';
import { defineTransportContract } from './test-support/transport.contract.js';

defineTransportContract('in-process', { create: async () => createInProcessTransport(), timeoutMs: 60_000 });
