import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Deal } from '../../crm/deals/deal.entity';
import { Lead } from '../../crm/leads/lead.entity';
import { AutomationClient } from '../client/automation-client';

/** How often the reconciler looks, and how old a record must be before it counts as missed. */
const EVERY_MS = 15_000;
const GRACE_MS = 5_000;
const BATCH = 200;

/**
 * No lead or deal without its workflow: a crash between the insert and the start (or Temporal
 * down at that moment) leaves a record whose `workflow_started_at` is empty; this finds such
 * open records and starts their workflows. Starting is idempotent, so running it in several
 * workers at once is harmless.
 */
@Injectable()
export class AutomationReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reconciler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly orm: MikroORM,
    private readonly automation: AutomationClient,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running)
        this.running = this.reconcile()
          .catch((error) => this.logger.warn(`reconciling failed: ${(error as Error).message}`))
          .finally(() => (this.running = undefined));
    }, EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: starts the workflows of open records that have none. Returns how many. */
  async reconcile(graceMs = GRACE_MS): Promise<number> {
    const em = this.orm.em.fork();
    const before = new Date(Date.now() - graceMs);
    let started = 0;
    const deals = await em.find(
      Deal,
      { workflowStartedAt: null, outcome: 'open', createdAt: { $lt: before } },
      { limit: BATCH, orderBy: { createdAt: 'asc' }, fields: ['id', 'pipelineId', 'rulesVersion'] },
    );
    for (const d of deals) {
      await this.automation.start('deal', d.id, d.pipelineId, d.rulesVersion);
      started++;
    }
    const leads = await em.find(
      Lead,
      { workflowStartedAt: null, outcome: 'open', createdAt: { $lt: before } },
      { limit: BATCH, orderBy: { createdAt: 'asc' }, fields: ['id', 'ruleSetId', 'rulesVersion'] },
    );
    const imported = await this.leftToTheirImport(
      em,
      leads.map((l) => l.id),
    );
    for (const l of leads) {
      if (imported.has(l.id)) continue;
      await this.automation.start('lead', l.id, l.ruleSetId, l.rulesVersion);
      started++;
    }
    if (started > 0) this.logger.log(`started ${started} missing workflow(s)`);
    return started;
  }

  /**
   * Leads a CSV import wrote and has not started yet while it runs: it starts them itself, at its
   * pace (docs/import.md); starting them here too would be the burst that pace avoids.
   */
  private async leftToTheirImport(
    em: ReturnType<MikroORM['em']['fork']>,
    ids: string[],
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await em.getConnection().execute<{ record_id: string }[]>(
      `select r.record_id from record_import_row r join record_import i on i.id = r.import_id
        where r.record_id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid))
          and r.workflow_started_at is null and i.status <> 'completed'`,
      [JSON.stringify(ids)],
    );
    return new Set(rows.map((r) => r.record_id));
  }
}
