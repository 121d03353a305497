import { fork } from 'node:child_process';
import type { DatabaseServer } from '@registry/db';

export interface OneShotOptions {
  /** A TypeScript entry point, run as the services are: `node --import tsx <entry>`. */
  entry: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  maxOldSpaceMb: number;
  /** Serves the parent's embedded database to the child; absent when it connects to a server. */
  database?: DatabaseServer | undefined;
  output?: 'inherit' | 'ignore';
}

/**
 * Runs one child to its end (migrating and seeding under `npm start`), so what it loads
 * (every service's modules, an in-process federation) leaves with it instead of staying
 * resident in the supervisor for the registry's lifetime. Resolves on exit code 0.
 */
export function runOnce(options: OneShotOptions): Promise<void> {
  const output = options.output ?? 'inherit';
  const child = fork(options.entry, [], {
    cwd: options.cwd,
    env: options.env,
    execArgv: ['--import', 'tsx', `--max-old-space-size=${options.maxOldSpaceMb}`],
    serialization: 'advanced',
    stdio: [output === 'inherit' ? 'inherit' : 'ignore', output, output, 'ipc'],
  });
  options.database?.attach(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${options.entry} ended with ${signal ?? `exit code ${code}`}`)),
    );
  });
}
