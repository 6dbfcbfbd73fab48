import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults } from 'vitest/config';
import common from './locales/en/common.json' with { type: 'json' };

const here = import.meta.dirname;

/** The young person's app: its own entry, with the service worker and manifest. */
function appConfig() {
  return {
    root: `${here}/src/app`,
    publicDir: `${here}/public`,
    build: { outDir: `${here}/dist`, emptyOutDir: true, manifest: true, sourcemap: false },
    plugins: [
      react(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: '.',
        filename: 'sw.ts',
        registerType: 'prompt',
        injectRegister: false,
        manifest: {
          name: common.app.name,
          short_name: common.app.name,
          description: common.app.description,
          lang: 'en',
          dir: 'ltr',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          background_color: '#fdfcf8',
          theme_color: '#1d4e89',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        injectManifest: {
          globPatterns: ['**/*.{js,css,html}', 'icons/icon.svg'],
          globIgnores: ['inbox/**', '.vite/**'],
        },
      }),
    ],
  };
}

/** The staff inbox: a separate build under /inbox/, never precached or loaded by the app. */
function inboxConfig() {
  return {
    root: `${here}/src/inbox`,
    base: '/inbox/',
    publicDir: false as const,
    build: { outDir: `${here}/dist/inbox`, emptyOutDir: true, sourcemap: false },
    plugins: [react()],
  };
}

function testConfig() {
  return {
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            include: ['src/**/*.test.{ts,tsx}', 'tests/plain-words/**/*.test.ts', 'tests/redaction/**/*.test.ts'],
            exclude: [...configDefaults.exclude, 'src/server/**'],
            environment: 'jsdom',
            setupFiles: ['tests/setup/unit-setup.ts'],
          },
        },
        {
          test: {
            name: 'server',
            include: ['src/server/**/*.test.ts', 'tests/server/**/*.test.ts'],
            environment: 'node',
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        {
          test: {
            name: 'fuzz',
            include: ['tests/fuzz/**/*.test.ts'],
            environment: 'node',
            testTimeout: 600_000,
            hookTimeout: 60_000,
          },
        },
        {
          test: {
            name: 'chaos',
            include: ['tests/chaos/**/*.test.ts'],
            environment: 'node',
            testTimeout: 600_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts', 'tests/budget/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'test') return testConfig();
  return mode === 'inbox' ? inboxConfig() : appConfig();
});
