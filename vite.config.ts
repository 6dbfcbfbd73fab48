import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults } from 'vitest/config';
import common from './locales/en/common.json' with { type: 'json' };

const here = import.meta.dirname;

/**
 * React Router's build writes `X.displayName = "X"` after its components and calls forwardRef, memo
 * and createContext without a pure mark, so the bundler must keep everything it exports (NavLink,
 * Form, data routers, route matching…) though the app uses BrowserRouter and three hooks. Marking
 * those calls pure and dropping the names (only React DevTools reads them) lets the rest go: about
 * 7 kB gzipped off the first screen. If a release changes the pattern, nothing breaks, but the
 * first-visit budget test (tests/budget) fails and says by how much.
 */
function reactRouterTreeShaking() {
  return {
    name: 'your-say:react-router-tree-shaking',
    transform(code: string, id: string) {
      if (!/\/node_modules\/react-router\/dist\/.*\.mjs$/.test(id)) return null;
      const shaken = code
        .replace(/^\w+\.displayName = "[^"\n]*";$/gm, '')
        .replace(/= (React\d*)\.(forwardRef|createContext|memo)\(/g, '= /* @__PURE__ */ $1.$2(');
      return { code: shaken, map: null };
    },
  };
}

/** The page's description (search results, shared links) is the app's own, from the English text. */
function describePage() {
  return { name: 'your-say:describe-page', transformIndexHtml: (html: string) => html.replace('%APP_DESCRIPTION%', common.app.description) };
}

/** The young person's app: its own entry, with the service worker and manifest. */
function appConfig() {
  return {
    root: `${here}/src/app`,
    publicDir: `${here}/public`,
    build: {
      outDir: `${here}/dist`,
      emptyOutDir: true,
      manifest: true,
      sourcemap: false,
      // Every browser that runs this app preloads modules itself; the polyfill would only cost bytes.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // What the first screen needs in one file: one request, and gzip finds repeats across libraries.
          codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial' as const] }] },
        },
      },
    },
    resolve: {
      alias: {
        // react-i18next imports the shim for React 17; on React 19 the package's main entry is React's own hook.
        'use-sync-external-store/shim': 'use-sync-external-store',
      },
    },
    plugins: [
      react(),
      reactRouterTreeShaking(),
      describePage(),
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
