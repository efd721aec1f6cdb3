import { type LogLevel, type LogMetadata } from '@temporalio/common';
import { Runtime } from '@temporalio/worker';
import { type Logger } from '../logging';

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * Installs the Temporal SDK runtime once per process: its logs (worker,
 * workflows, effects) go to our JSON logger, and it installs no signal
 * handlers of its own. Nest's shutdown hooks are the one shutdown path;
 * two racing paths make the worker throw "Not running".
 */
export function installTemporalRuntime(logger: Logger): void {
  const log = (level: LogLevel, message: string, meta?: LogMetadata) =>
    logger[LEVELS[level]](meta ?? {}, message);
  Runtime.install({
    shutdownSignals: [],
    logger: {
      log,
      trace: (m, meta) => log('TRACE', m, meta),
      debug: (m, meta) => log('DEBUG', m, meta),
      info: (m, meta) => log('INFO', m, meta),
      warn: (m, meta) => log('WARN', m, meta),
      error: (m, meta) => log('ERROR', m, meta),
    },
  });
}
