// Builds a client against a test server with fake time, pacing off and a recording logger.
import { createPatsnapClient } from '../../../../src/api';
import type { Credentials, PatsnapClient, PatsnapClientOptions } from '../../../../src/api';
import { API_KEY, CLIENT_ID, CLIENT_SECRET, fakeClock, recordingLogger } from './fakes';
import type { FakeClock, RecordingLogger } from './fakes';

export interface Harness {
  readonly client: PatsnapClient;
  readonly clock: FakeClock;
  readonly logger: RecordingLogger;
}

const open: PatsnapClient[] = [];

export const apiKeyCredentials: Credentials = { kind: 'apiKey', apiKey: API_KEY };
export const clientCredentials: Credentials = { kind: 'client', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };

export function harness(baseUrl: string, overrides: Partial<PatsnapClientOptions> = {}): Harness {
  const clock = fakeClock();
  const logger = recordingLogger();
  const client = createPatsnapClient({
    baseUrl,
    credentials: async () => apiKeyCredentials,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    requestsPerSecond: 0,
    logger,
    ...overrides,
  });
  open.push(client);
  return { client, clock, logger };
}

/** Call from afterEach: closes every client built since the last call. */
export async function closeClients(): Promise<void> {
  await Promise.all(open.splice(0).map((c) => c.close()));
}

/** Awaits `promise` expecting a rejection; returns the error. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
