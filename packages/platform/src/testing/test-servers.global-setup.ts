// Vitest global setup for suites that need real PostgreSQL and Kafka.
// Order of preference: servers named by PG_ADMIN_URL / KAFKA_BROKERS (CI: infra/scripts start them),
// then the defaults of infra/scripts on 127.0.0.1 if they answer, then Testcontainers where a Docker
// engine exists. With none of these the suite stops at once with the command that fixes it.
import { connect } from 'node:net';
import { DEFAULT_PG_ADMIN_URL } from './test-database.js';

const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';
const POSTGRES_IMAGE = 'postgres:15-alpine';
// Confluent Platform 7.9 ships Apache Kafka 3.9, the broker version infra/scripts/kafka.sh runs.
const KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.2';

interface Stoppable {
  stop(): Promise<unknown>;
}

function answers(hostPort: string, timeoutMs = 1_000): Promise<boolean> {
  const [host = '127.0.0.1', port = '0'] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function dockerAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const started: Stoppable[] = [];
  const needPg = !process.env.PG_ADMIN_URL && !(await answers(new URL(DEFAULT_PG_ADMIN_URL).host));
  const needKafka = !process.env.KAFKA_BROKERS && !(await answers(DEFAULT_KAFKA_BROKERS));
  if (!needPg && !needKafka) return undefined;

  if (!(await dockerAvailable())) {
    throw new Error(
      'These tests need PostgreSQL and Kafka. Start them with `bash infra/scripts/test-servers.sh up` ' +
        '(or set PG_ADMIN_URL and KAFKA_BROKERS, or run where a Docker engine is available).',
    );
  }
  if (needPg) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const pg = await new PostgreSqlContainer(POSTGRES_IMAGE)
      .withUsername('sti')
      .withPassword('sti')
      .withDatabase('postgres')
      .start();
    started.push(pg);
    process.env.PG_ADMIN_URL = pg.getConnectionUri();
  }
  if (needKafka) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const kafka = await new KafkaContainer(KAFKA_IMAGE).withKraft().start();
    started.push(kafka);
    process.env.KAFKA_BROKERS = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  }
  return async () => {
    await Promise.all(started.map((container) => container.stop()));
  };
}
