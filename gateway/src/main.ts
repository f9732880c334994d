// Distributed mode: the gateway as its own process (`node dist/main.js`), configured by environment.
import { createGateway, listenGateway } from './create-gateway.js';
import { loadGatewayConfig } from './config/gateway-config.js';
import { describeDemoUsers } from './identity/demo-users.js';

const config = (() => {
  try {
    return loadGatewayConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
})();

const app = await createGateway(config);
const address = await listenGateway(app, config);
process.stdout.write(
  `Cổng API đang chạy / Gateway listening on ${address} (public URL ${config.publicUrl}, auth: ${config.auth.mode})\n` +
    (config.auth.mode === 'embedded' && config.auth.demo ? `${describeDemoUsers()}\n` : ''),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
