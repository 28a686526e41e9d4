import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const ROOT = dirname(fileURLToPath(import.meta.url));

// Public half of the development signing key (test/fixtures/keys/extension-dev.pem);
// it pins the extension id to mdfihopgljlciengnhjdbmmggkbldcfb, which managed policy needs.
const KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx22/z2Q98baihumTouq2qKYgcQ8pzWxd5Kq7zwCeUnvks9Bh/6CCvcDPZRco9QZYWPlAcA9GdGsXa3a+5uH5eenKYXhxdbdD1WKeU9h0aT2OAuHDQWmwe/pzH+8OtrKv9vabjT4cNippbE1jIu8H/gsU6dkpgN+shzIcn7nongF+SiuXsT9G1HRBgCGUhJipUDsi0QllQCLmnqT1DIyA/sItnmSwnwCu3xcp0+RRSXKk06WZLafZili1Wb69zRjmeWsWaTO0YECciDq40IajEKJ/ZCGYte+uGoXWkIm8kBQf/6L7ehYYO+c5WfHjJ7pZ2VyG82ki8pYdzAQiVsxKOQIDAQAB';

export const EXTENSION_ID = 'mdfihopgljlciengnhjdbmmggkbldcfb';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Waypoint',
    description: 'Records how you use allowed web apps as semantic steps, with your consent and without what you type.',
    permissions: ['storage', 'alarms', 'activeTab'],
    incognito: 'not_allowed',
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'waypoint@example.com', strict_min_version: '115.0' } } }
      : { key: KEY, minimum_chrome_version: '116' }),
  }),
  hooks: {
    // Content scripts run on every allowed page, so they use the native promise API instead
    // of webextension-polyfill (about 3 KB gzipped); background and popup keep the polyfill.
    // dom-accessibility-api's Set and Array.from polyfills give way to the browser's own.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const native = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        { find: /^\.\/polyfills\/SetLike\.mjs$/, replacement: resolve(ROOT, 'lib/shims/set.ts') },
        { find: /^\.\/polyfills\/array\.from\.mjs$/, replacement: resolve(ROOT, 'lib/shims/array-from.ts') },
      ];
      config.resolve.alias = Array.isArray(alias)
        ? [...native, ...alias]
        : [...native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))];
    },
  },
  zip: {
    excludeSources: ['test/fixtures/keys/**', '**/*.pem', '.env*', 'test/fixtures/gallery/dist/**', '.waypoint-data/**', 'out/**', 'test-results/**'],
  },
});
