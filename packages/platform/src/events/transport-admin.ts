// For test doubles and wrappers of EventTransport that answer no admin questions.
import type { TransportAdmin } from './event.types.js';

const unsupported = (what: string) => async (): Promise<never> => {
  throw new Error(`this transport does not support ${what}`);
};

export const unsupportedTransportAdmin: TransportAdmin = {
  topicOffsets: unsupported('topicOffsets'),
  committedOffsets: unsupported('committedOffsets'),
  listGroups: unsupported('listGroups'),
  describeGroup: unsupported('describeGroup'),
  deleteGroup: unsupported('deleteGroup'),
};
