// `npm run rebuild -w @sti/insights [-- options]`: rebuilds the insights fact table from the event
// history.
//   embedded (default when DATABASE_URL is unset) — stop `npm start` first:
//     npm run rebuild -w @sti/insights [-- --data-dir /srv/sti/.data]
//   distributed — while the services run:
//     DATABASE_URL=postgres://insights:…@127.0.0.1:5432/insights KAFKA_BROKERS=127.0.0.1:9092 npm run rebuild -w @sti/insights
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createInProcessTransport,
  createKafkaTransport,
  createLogger,
  type EventTransport,
  logLevelField,
  openDatabase,
} from '@sti/platform';
import { INSIGHTS_TOPICS } from '../projection/insights-projector.js';
import { INSIGHTS_MIGRATIONS_DIR } from '../insights-migrations.js';
import { type RebuildInsightsReport, rebuildInsights } from './rebuild-insights.js';

const USAGE = `Usage: npm run rebuild -w @sti/insights -- [--embedded | --distributed] [--data-dir DIR] [--timeout SECONDS] [--force]
  embedded (default without DATABASE_URL): stop \`npm start\` first; reads DATA_DIR (default .data)
  distributed: DATABASE_URL (insights database) and KAFKA_BROKERS; run while the services run`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      embedded: { type: 'boolean', default: false },
      distributed: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      timeout: { type: 'string', default: '1800' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const distributed = values.distributed || (!values.embedded && Boolean(process.env.DATABASE_URL));
  const timeoutMs = Number(values.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    process.stderr.write(`--timeout expects seconds\n${USAGE}\n`);
    return 2;
  }
  const level = logLevelField().catch('info').parse(process.env.LOG_LEVEL);
  const logger = createLogger({ service: 'insights-rebuild', level });
  const opened: { close(): Promise<void> }[] = [];
  try {
    let transport: EventTransport;
    let databaseUrl: string;
    if (distributed) {
      databaseUrl = process.env.DATABASE_URL ?? '';
      const brokers = (process.env.KAFKA_BROKERS ?? '')
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean);
      if (!/^postgres(ql)?:\/\//.test(databaseUrl) || brokers.length === 0) {
        process.stderr.write(`distributed mode needs DATABASE_URL (postgres://) and KAFKA_BROKERS\n${USAGE}\n`);
        return 2;
      }
      const kafka = createKafkaTransport({ brokers, clientId: 'insights-rebuild', logger });
      opened.push(kafka);
      transport = kafka;
    } else {
      const callerDir = process.env.INIT_CWD ?? process.cwd();
      const dataDir = resolve(callerDir, values['data-dir'] ?? process.env.DATA_DIR ?? '.data');
      const insightsDb = join(dataDir, 'insights', 'db');
      if (!existsSync(insightsDb)) {
        process.stderr.write(
          `No embedded insights database at ${insightsDb} (has \`npm start\` run with DATA_DIR=${dataDir}?)\n`,
        );
        return 1;
      }
      const producers = [...new Set(INSIGHTS_TOPICS.map((topic) => topic.split('.')[0] as string))];
      const producerDbs = producers.map((name) => join(dataDir, name, 'db'));
      for (const dir of [insightsDb, ...producerDbs]) {
        if (!values.force && existsSync(join(dir, 'postmaster.pid'))) {
          process.stderr.write(
            `${dir} is open (postmaster.pid): stop the platform (\`npm start\`) first — ` +
              'Hãy dừng nền tảng trước khi dựng lại số liệu. If it crashed instead, run again with --force.\n',
          );
          return 1;
        }
      }
      const inProcess = createInProcessTransport();
      for (const dir of producerDbs) {
        if (!existsSync(dir)) {
          logger.warn({ dir }, 'no database for a producer of insights topics; its history is empty');
          continue;
        }
        const producer = await openDatabase(`pglite://${dir}`);
        opened.push(producer);
        inProcess.attachOutbox(producer.sql);
      }
      transport = inProcess;
      databaseUrl = `pglite://${insightsDb}`;
    }
    const insights = await openDatabase(databaseUrl, { migrationsDir: INSIGHTS_MIGRATIONS_DIR, logger });
    opened.push(insights);
    const report = await rebuildInsights({ db: insights.sql, transport, timeoutMs, logger });
    process.stdout.write(`${summary(report)}\n`);
    return report.parkedMessages > 0 ? 3 : 0;
  } catch (error) {
    process.stderr.write(`Dựng lại số liệu thất bại / rebuild failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    for (const resource of opened.reverse()) await resource.close().catch(() => undefined);
  }
}

function summary(report: RebuildInsightsReport): string {
  return [
    'Đã dựng lại số liệu chỉ tiêu từ lịch sử sự kiện / insights facts rebuilt from the event history',
    `  replayed messages: ${report.replayedMessages} (parked: ${report.parkedMessages}; consumer group ${report.group})`,
    ...report.facts.map((f) => `  ${f.stream}: ${f.live} counted, ${f.withdrawn} withdrawn`),
    `  time: replay ${report.ms.replay} ms, swap ${report.ms.swap} ms, total ${report.ms.total} ms`,
  ].join('\n');
}

process.exitCode = await main();
