import { defaultClientConditions, defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';

// `vite --mode fixtures` serves an in-memory API and a minimal OpenID provider from the dev
// server (dev/fixtures-plugin.ts). That code runs in Node only and never enters web/dist.
// Plain `vite` proxies /api, /realms and /config.json to STI_PLATFORM_URL (default :8080).
export default defineConfig(async ({ mode }) => {
  const plugins: PluginOption[] = [react()];
  const target = process.env.STI_PLATFORM_URL ?? 'http://127.0.0.1:8080';
  if (mode === 'fixtures') {
    const { fixturesPlugin } = await import('./dev/fixtures-plugin.ts');
    plugins.push(fixturesPlugin());
  }
  return {
    plugins,
    // Workspace packages resolve to their TypeScript sources (as in every other package's tests),
    // e.g. @sti/techmart/api, whose zod schemas validate the offer form.
    resolve: { conditions: ['@sti/source', ...defaultClientConditions] },
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      proxy:
        mode === 'fixtures'
          ? undefined
          : {
              '/api': { target, changeOrigin: false },
              '/realms': { target, changeOrigin: false },
              '/config.json': { target, changeOrigin: false },
            },
    },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  };
});
