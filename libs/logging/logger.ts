import pino, { type Logger } from 'pino';
import { type AppConfig } from '../config';

export type { Logger };

/**
 * Structured JSON logs on stdout, one object a line, for every process.
 * `name` tells which part of the system wrote the line (api, worker, temporal, ...).
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, name: string): Logger {
  return pino({
    name,
    level: config.logLevel,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
