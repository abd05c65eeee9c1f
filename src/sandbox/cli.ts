// `npm run sandbox`: start the sandbox on this machine and print what a user needs to point the
// extension (or curl) at it. Flags: --port N, --latency MS, --qps N, --fault kind:rate (repeatable),
// --seed N, --quiet (no request log).
import { startSandboxServer } from './server';
import { sandboxSamples } from './samples';
import type { FaultRule } from './faults';

interface CliOptions {
  port: number;
  seed: number | undefined;
  faults: FaultRule[];
  quiet: boolean;
}

/** Kinds that need nothing but a rate; the others take their own flags or are for tests. */
const rateOnlyKinds = ['busy', 'http500', 'malformedJson', 'reset', 'hang'] as const;
type RateOnlyKind = (typeof rateOnlyKinds)[number];

const usage = `Usage: npm run sandbox -- [--port N] [--latency MS] [--qps N] [--fault kind:rate ...] [--seed N] [--quiet]
  fault kinds: ${rateOnlyKinds.join(', ')}; rate in 0..1 (default 1)`;

function wholeNumber(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number`);
  return n;
}

function parseFault(spec: string | undefined): FaultRule {
  const [kind, rateText] = (spec ?? '').split(':');
  if (!rateOnlyKinds.includes(kind as RateOnlyKind)) throw new Error(`--fault: unknown kind '${kind ?? ''}'`);
  const rate = rateText === undefined ? 1 : Number(rateText);
  if (!(rate >= 0 && rate <= 1)) throw new Error(`--fault ${spec ?? ''}: rate must be within 0..1`);
  return { kind: kind as RateOnlyKind, rate };
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { port: 0, seed: undefined, faults: [], quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string | undefined => argv[++i];
    switch (flag) {
      case '--port': options.port = wholeNumber(flag, value()); break;
      case '--seed': options.seed = wholeNumber(flag, value()); break;
      case '--latency': options.faults.push({ kind: 'latency', ms: wholeNumber(flag, value()) }); break;
      case '--qps': options.faults.push({ kind: 'qps', limit: wholeNumber(flag, value()) }); break;
      case '--fault':
        // One or more specs: `--fault busy:0.1 reset:0.05` or `--fault busy:0.1 --fault reset:0.05`.
        options.faults.push(parseFault(value()));
        while (i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('--')) options.faults.push(parseFault(value()));
        break;
      case '--quiet': options.quiet = true; break;
      case '--help': case '-h': console.log(usage); process.exit(0); break;
      default: throw new Error(`unknown argument '${flag ?? ''}'`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
  // Always loopback: the sandbox has fixed, published credentials.
  const sandbox = await startSandboxServer({
    host: '127.0.0.1',
    port: options.port,
    faults: options.faults,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    log: options.quiet ? undefined : (line) => console.log(line),
  });
  const { apiKey, clientId, clientSecret } = sandbox.credentials;
  console.log([
    `Synapse Lens sandbox: ${sandbox.url}`,
    '',
    'Credentials:',
    `  API key:       ${apiKey}`,
    `  client id:     ${clientId}`,
    `  client secret: ${clientSecret}`,
    options.faults.length > 0 ? `Faults: ${JSON.stringify(options.faults)}` : 'Faults: none',
    '',
    'Sample IDs:',
    JSON.stringify(sandboxSamples(), null, 2),
    '',
    'Try:',
    `  curl -s -X POST '${sandbox.url}/synapse/drug/search' -H 'Authorization: Bearer ${apiKey}' -H 'Content-Type: application/json' -d '{"limit":3}'`,
    '',
    'Ctrl-C to stop.',
  ].join('\n'));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  void main();
}
