// `npm start`: the whole platform, embedded, on one port; demo accounts and data unless DEMO=false.
import { bootConfig, createLogger, stopOnSignals } from '@sti/platform';
import { startEmbeddedPlatform, startupBanner } from './embedded-host.js';
import { hostConfigSchema, hostStartEnv, loadHostConfig } from './host.config.js';

bootConfig(hostConfigSchema); // prints every wrong variable and exits before anything starts
const config = loadHostConfig(hostStartEnv());
const logger = createLogger({ service: 'host', level: config.logLevel });
const platform = await startEmbeddedPlatform(config, logger);
process.stdout.write(`${startupBanner(platform.url, { demo: config.demo })}\n`);
stopOnSignals([{ stop: () => platform.stop() }], { exit: true });
