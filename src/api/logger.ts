// Logging for the client. The VS Code layer passes a LogOutputChannel, which has this shape. Every
// line goes through a Redactor first, so even a server message that echoes a credential cannot
// leak one into the log.

export interface PatsnapLogger {
  debug?(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const noop = (): void => undefined;

export const silentLogger: PatsnapLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

const MASK = '***';
// Shorter values would mask ordinary words; real keys, ids, secrets and tokens are far longer.
const MIN_SENSITIVE_LENGTH = 4;

/** Remembers every credential and token the client has used and masks them in any text. */
export class Redactor {
  private readonly values = new Set<string>();

  add(...values: readonly (string | undefined)[]): void {
    for (const value of values) {
      if (value !== undefined && value.length >= MIN_SENSITIVE_LENGTH) this.values.add(value);
    }
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a token that contains a client id is masked whole.
    const ordered = [...this.values].sort((a, b) => b.length - a.length);
    for (const value of ordered) out = out.split(value).join(MASK);
    // Belt and braces for anything that was never registered (e.g. a URL a library echoed).
    return out
      .replace(/([?&]apikey=)[^&\s"']*/gi, `$1${MASK}`)
      .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/g, `$1${MASK}`)
      .replace(/(Basic\s+)[A-Za-z0-9+/=]+/g, `$1${MASK}`);
  }
}

/** Wraps a logger so every line is redacted and a throwing logger cannot break a request. */
export function redactingLogger(logger: PatsnapLogger, redactor: Redactor): Required<PatsnapLogger> {
  // Nothing is written, so there is nothing to redact: skip the masking work on every call.
  if (logger === silentLogger) return { debug: noop, info: noop, warn: noop, error: noop };
  const safe = (write: ((message: string) => void) | undefined) => (message: string) => {
    try {
      write?.call(logger, redactor.redact(message));
    } catch {
      // Logging must never change the outcome of a call.
    }
  };
  return { debug: safe(logger.debug), info: safe(logger.info), warn: safe(logger.warn), error: safe(logger.error) };
}
