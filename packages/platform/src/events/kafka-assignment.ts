// Kafka's consumer-protocol MemberAssignment bytes (what describeGroups returns per member):
// version, [topic, [partition]], user data. kafkajs hands them over undecoded.

export function decodeMemberAssignment(bytes: Buffer): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  if (bytes.length < 6) return out;
  let at = 2; // version
  const topics = bytes.readInt32BE(at);
  at += 4;
  for (let t = 0; t < topics; t++) {
    const length = bytes.readInt16BE(at);
    at += 2;
    const topic = bytes.toString('utf8', at, at + length);
    at += length;
    const count = bytes.readInt32BE(at);
    at += 4;
    const partitions: number[] = [];
    for (let p = 0; p < count; p++) {
      partitions.push(bytes.readInt32BE(at));
      at += 4;
    }
    out[topic] = partitions.sort((a, b) => a - b);
  }
  return out;
}
