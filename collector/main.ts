import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { startCollector } from './server';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
  return n;
}

const program = new Command('waypoint-collector')
  .description('Waypoint reference collector: stores uploaded batches in a local data directory')
  .option('--port <n>', 'port to listen on (env PORT)', port, process.env.PORT ? port(process.env.PORT) : 8787)
  .option('--host <addr>', 'address to bind', '127.0.0.1')
  .option('--data-dir <dir>', 'storage directory (env WAYPOINT_DATA_DIR)', process.env.WAYPOINT_DATA_DIR ?? '.waypoint-data')
  .action(async (opts: { port: number; host: string; dataDir: string }) => {
    try {
      const c = await startCollector({ port: opts.port, host: opts.host, dataDir: resolve(opts.dataDir) });
      process.stderr.write(`collector listening on ${c.url}, storing in ${c.dataDir}\n`);
      const stop = () => void c.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(err.code === 'EADDRINUSE' ? `port ${opts.port} is in use: pass --port or set PORT\n` : `collector failed to start: ${err.message}\n`);
      process.exit(1);
    }
  });

await program.parseAsync();
