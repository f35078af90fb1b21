import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

// Mobile numbers (China 1[3-9]x, optional +86) and E.164 numbers; tracking numbers are left alone.
const PHONE = /(?:\+|\b)(?:86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}\b|\+\d[\d -]{6,16}\d/g;
const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b/g;
const ADDRESS_KEY = /address|addr$|street/i;

/** Masks phone numbers (keeping the last four digits) and emails (keeping the first letter and domain). */
export function maskPii(text: string): string {
  return text
    .replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`)
    .replace(PHONE, (match) => `***${match.replace(/\D/g, '').slice(-4)}`);
}

/** A copy of a log object with PII masked; address fields are dropped to a placeholder. */
export function maskObject(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPii(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return maskError(value, depth);
  if (Array.isArray(value)) return value.map((item) => maskObject(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = ADDRESS_KEY.test(key) && typeof inner === 'string' ? '[address]' : maskObject(inner, depth + 1);
  }
  return out;
}

/**
 * An error as pino's standard serializer writes it — its stack followed by each `cause` ("caused by: …"), the
 * messages of the chain joined — with PII masked in every line, plus a string or numeric `code`. Other own
 * properties are left out: client errors carry requests and responses, which can hold credentials.
 */
function maskError(error: Error, depth: number): Record<string, unknown> {
  const { type, message, stack } = pino.stdSerializers.err(error);
  const code = 'code' in error && ['string', 'number'].includes(typeof error.code) ? error.code : undefined;
  return {
    type,
    message: maskPii(message),
    stack: maskPii(stack),
    ...(code !== undefined ? { code } : {}),
    ...(error instanceof AggregateError ? { errors: maskObject(error.errors, depth + 1) } : {}),
  };
}

export interface LoggerOptions {
  level: string;
  /** `auto`: pretty on a terminal, JSON otherwise. */
  format: 'auto' | 'json' | 'pretty';
  destination?: pino.DestinationStream;
}

/** The process logger: structured, with phones, emails and addresses masked in messages and fields. */
export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.format === 'pretty' || (options.format === 'auto' && process.stdout.isTTY === true);
  const pinoOptions: pino.LoggerOptions = {
    level: options.level,
    base: { service: 'parcelcare' },
    formatters: { log: (object) => maskObject(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? maskPii(arg) : arg)) as Parameters<typeof method>;
        // `logger.error(err)` alone: pino would write err.message, unmasked, as the line's message.
        const [first, second] = masked;
        if (first instanceof Error && typeof second !== 'string') masked.splice(1, 0, maskPii(first.message));
        method.apply(this, masked);
      },
    },
    serializers: { err: (err: Error) => maskObject(err) },
  };
  if (options.destination) return pino(pinoOptions, options.destination);
  if (pretty) return pino({ ...pinoOptions, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return pino(pinoOptions);
}
