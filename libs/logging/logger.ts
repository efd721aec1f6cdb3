import pino, { type Logger } from 'pino';
import { type AppConfig } from '../config';
import {
  errorSerializer,
  isDatabaseError,
  REDACT_PATHS,
  REDACTED,
  scrubSqlValues,
  scrubText,
} from './redact';

export type { Logger };

/**
 * Structured JSON logs on stdout, one object a line, for every process.
 * `name` tells which part of the system wrote the line (api, worker, temporal, ...).
 * Secrets never reach a line: see redact.ts.
 */
export function createLogger(
  config: Pick<AppConfig, 'logLevel'> & { logSqlValues?: boolean },
  name: string,
  destination?: pino.DestinationStream,
): Logger {
  const err = errorSerializer({ sqlValues: config.logSqlValues });
  const options: pino.LoggerOptions = {
    name,
    level: config.logLevel,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { err, error: err },
    hooks: {
      // Messages are free text: whatever a secret looks like is replaced in them.
      // A message beside a database error is usually its message: without its SQL values too.
      logMethod(args, method) {
        const withSql = !config.logSqlValues && mentionsDatabaseError(args[0]);
        const scrubbed = args.map((arg: unknown) =>
          typeof arg === 'string' ? scrubText(withSql ? scrubSqlValues(arg) : arg) : arg,
        ) as Parameters<typeof method>;
        return method.apply(this, scrubbed);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

function mentionsDatabaseError(first: unknown): boolean {
  if (!first || typeof first !== 'object') return false;
  if (first instanceof Error) return isDatabaseError(first);
  const { err, error } = first as { err?: unknown; error?: unknown };
  return [err, error].some((e) => e instanceof Error && isDatabaseError(e));
}
