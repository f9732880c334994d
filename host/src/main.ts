// `npm start`: the whole platform, embedded, seeded, on one port.
import { bootConfig, createLogger, stopOnSignals } from '@sti/platform';
import { startEmbeddedPlatform, startupBanner } from './embedded-host.js';
import { hostConfigSchema, loadHostConfig } from './host.config.js';

bootConfig(hostConfigSchema); // prints every wrong variable and exits before anything starts
const config = loadHostConfig();
const logger = createLogger({ service: 'host', level: config.logLevel });
const platform = await startEmbeddedPlatform(config, logger);
process.stdout.write(`${startupBanner(platform.url)}\n`);
stopOnSignals([{ stop: () => platform.stop() }], { exit: true });
