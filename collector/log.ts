import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Logger = (event: string, fields?: Record<string, string | number | boolean>) => void;

/**
 * One JSON line per event, to stdout and `<dataDir>/collector.log`. Only metadata is logged
 * (keys, sizes, status codes), never a request body.
 */
export function createLogger(dataDir: string, quiet = false): Logger {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'collector.log');
  return (event, fields = {}) => {
    const line = JSON.stringify({ t: new Date().toISOString(), event, ...fields });
    appendFileSync(file, `${line}\n`);
    if (!quiet) process.stdout.write(`${line}\n`);
  };
}
