/**
 * A problem with the test host itself (not with the extension): a missing package, an install that
 * failed, a host that never came up, a run that hung. It carries one line that says what is wrong
 * and what to do, plus optional detail (a log tail) to print below it.
 */
export class HostFault extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'HostFault';
  }
}

/** Prints a fault the way every host script does: the one line first, detail after. */
export function reportFault(err: unknown): void {
  if (err instanceof HostFault) {
    console.error(`synapse-host: ${err.message}`);
    if (err.detail) console.error(err.detail);
  } else {
    console.error(`synapse-host: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

/** The last `lines` lines of a text, for log tails in faults. */
export function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * Runs a host script's `main` and exits with the code it returns. A fault, whether `main` rejects
 * with it or it escapes as an uncaught exception, is printed by reportFault and exits 1.
 */
export function runHostScript(main: () => Promise<number>): void {
  const fail = (err: unknown): never => {
    reportFault(err);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  main().then((code) => process.exit(code), fail);
}
