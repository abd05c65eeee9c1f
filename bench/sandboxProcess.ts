// Starts the sandbox CLI in a child process and reads its URL from the first line it prints, so a
// benchmark measures the client on its own thread. Credentials are the sandbox's fixed test ones.
import { fork } from 'node:child_process';
import * as path from 'node:path';
import { sandboxCredentials } from '../src/sandbox/auth';
import type { SandboxCredentials } from '../src/sandbox/auth';

export interface SandboxProcess {
  readonly url: string;
  readonly credentials: SandboxCredentials;
  close(): Promise<void>;
}

export function startSandboxProcess(): Promise<SandboxProcess> {
  const cli = path.join(__dirname, '..', 'src', 'sandbox', 'cli.js');
  const child = fork(cli, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(buffered);
      if (!match) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume(); // keep draining so the child never blocks on a full pipe
      resolve({
        url: match[0],
        credentials: sandboxCredentials,
        close: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`sandbox process exited early (code ${code})`)));
  });
}
