import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import { APP_CONFIG, type AppConfig } from '../../libs/config';
import { temporalConnectionOptions } from '../../libs/temporal';
import { collectEffects } from './effects';
import { workflowSource } from './workflow-source';

/**
 * The Temporal Worker, run inside the Nest application context: started when
 * the application boots, drained and stopped by Nest's shutdown hooks.
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TemporalWorker');
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const t = this.config.temporal;
    this.connection = await NativeConnection.connect(temporalConnectionOptions(t));
    // The SDK's workflow diagnostics (see AppConfig), read by the workflow threads, which copy the
    // environment when they start: the SDK has no option for them (patches/@temporalio+worker*).
    // Off, workflow code runs without a deadlock watchdog; it has no unbounded loops (the
    // interpreter caps chained moves, expressions have none), and a workflow thread stuck all the
    // same shows as workflow task timeouts in the server and the UI.
    process.env.TEMPORAL_WORKFLOW_DIAGNOSTICS = t.workflowDiagnostics ? 'on' : 'off';
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: t.namespace,
      taskQueue: t.taskQueue,
      ...workflowSource(t.workflowBundle),
      activities: collectEffects(this.moduleRef),
      // Bounds the worker's memory with many open records: a workflow evicted from the cache is
      // replayed from its (short) history when its next event or timer comes.
      maxCachedWorkflows: 1000,
    });
    this.running = this.worker.run();
    // A worker that dies on its own (lost server, fatal error) takes the process down:
    // a supervisor restarts it, rather than leaving a process that does no work.
    this.running.catch((error: unknown) => {
      this.logger.error(`the worker stopped: ${(error as Error).message}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(
      `polling task queue ${t.taskQueue} in namespace ${t.namespace} at ${t.address}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
