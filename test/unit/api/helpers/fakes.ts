// Fake time, a recording logger and envelope builders shared by the client tests.
import type { PatsnapLogger } from '../../../../src/api';

/** A clock that only moves when a (fake) sleep is awaited or the test advances it. */
export interface FakeClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  advance(ms: number): void;
  readonly sleeps: number[];
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    advance: (ms) => {
      t += ms;
    },
    sleeps,
  };
}

export interface RecordingLogger extends PatsnapLogger {
  readonly lines: string[];
  text(): string;
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const add = (level: string) => (message: string) => {
    lines.push(`${level} ${message}`);
  };
  return { lines, debug: add('debug'), info: add('info'), warn: add('warn'), error: add('error'), text: () => lines.join('\n') };
}

export function ok(data: unknown): { status: true; error_code: 0; data: unknown } {
  return { status: true, error_code: 0, data };
}

export function failure(code: number, message = 'failure'): { status: false; error_code: number; error_msg: string; data: null } {
  return { status: false, error_code: code, error_msg: message, data: null };
}

export const API_KEY = 'sk-test-0123456789abcdef';
export const CLIENT_ID = 'client-id-7f3e9a';
export const CLIENT_SECRET = 'client-secret-c0ffee42';

export function tokenAnswer(token: string, expiresIn = 1799): Record<string, unknown> {
  return { token, token_type: 'BearerToken', expires_in: expiresIn, status: 'approved', issued_at: '1692347672874' };
}
