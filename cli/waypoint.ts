import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { exportJsonl } from './export';

const program = new Command('waypoint').description('Waypoint command line: export recorded trajectories');

program
  .command('export')
  .description('write the stored trajectories as JSONL, one step a line, validated against the schema')
  .requiredOption('--out <dir>', 'output directory')
  .option('--data-dir <dir>', 'collector data directory (env WAYPOINT_DATA_DIR)', process.env.WAYPOINT_DATA_DIR ?? '.waypoint-data')
  .action(async (opts: { out: string; dataDir: string }) => {
    const dataDir = resolve(opts.dataDir);
    if (!existsSync(dataDir)) {
      process.stderr.write(`no collector data directory at ${dataDir}: pass --data-dir or set WAYPOINT_DATA_DIR\n`);
      process.exit(2);
    }
    const summary = await exportJsonl(dataDir, resolve(opts.out), (m) => process.stderr.write(`${m}\n`));
    process.stdout.write(
      `exported ${summary.steps} step(s) in ${summary.sessions} session(s) from ${summary.batches} batch(es)` +
        `${summary.duplicates ? `, ${summary.duplicates} duplicate(s) dropped` : ''}\n` +
        summary.files.map((f) => `  ${f}\n`).join(''),
    );
    if (summary.invalidBatches || summary.invalidSteps) {
      process.stderr.write(`${summary.invalidBatches} batch(es) and ${summary.invalidSteps} step(s) failed validation and were not exported\n`);
      process.exit(1);
    }
  });

await program.parseAsync();
