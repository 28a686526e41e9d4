import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app';
import { createLogger } from './log';
import { FsBatchStore } from './storage/fs';

export interface CollectorOptions {
  port: number;
  host: string;
  dataDir: string;
  quiet?: boolean;
}

export interface RunningCollector {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts the collector with the embedded filesystem store. */
export async function startCollector(opts: CollectorOptions): Promise<RunningCollector> {
  const log = createLogger(opts.dataDir, opts.quiet);
  const store = new FsBatchStore(opts.dataDir);
  if (!(await store.healthy())) throw new Error(`cannot write to the data directory ${opts.dataDir}`);
  const app = createApp(store, log);
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://${opts.host}:${port}`;
  log('collector.started', { url, dataDir: opts.dataDir });
  return {
    url,
    dataDir: opts.dataDir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
