import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Context } from '@temporalio/activity';
import { DomainError } from '../../errors';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { AutomationClient } from '../client/automation-client';
import type {
  MigrationBatchResult,
  RulesMigrationEffectsApi,
  RulesMigrationStatus,
} from '../contract/rules-migration.contract';
import { nextCandidates } from '../../crm/rules-migrations/migration-candidates';
import { RulesMigration } from '../../crm/rules-migrations/rules-migration.entity';

/**
 * The effects of a bulk rules migration: a batch of records migrated, each through its own
 * workflow's migrateRules update, and its outcome noted once; the migration's status.
 */
@Injectable()
export class RulesMigrationEffects implements RulesMigrationEffectsApi {
  constructor(
    private readonly orm: MikroORM,
    private readonly publisher: RulesPublisher,
    private readonly automation: AutomationClient,
  ) {}

  async migrateBatch(input: {
    migrationId: string;
    afterRecordId: string | null;
    batchSize: number;
  }): Promise<MigrationBatchResult> {
    const em = this.orm.em.fork();
    const migration = await em.findOneOrFail(RulesMigration, { id: input.migrationId });
    const rules = await this.publisher.content(migration.ruleSetId, migration.toVersion);
    if (!rules) throw new Error(`${migration.ruleSetId} v${migration.toVersion} is not published`);
    const ids = await nextCandidates(
      em,
      migration.id,
      migration,
      input.afterRecordId,
      input.batchSize,
    );
    const sql = em.getConnection();
    for (const recordId of ids) {
      // Noted before the update is sent: a batch retried after a crash sends it again to the
      // records still "migrating" only, and a record that already runs the version is migrated.
      await sql.execute(
        `insert into rules_migration_record (id, migration_id, record_id, outcome, at)
         values (gen_random_uuid(), ?, ?, 'migrating', now()) on conflict do nothing`,
        [migration.id, recordId],
      );
      const [noted] = await sql.execute<{ outcome: string }[]>(
        'select outcome from rules_migration_record where migration_id = ? and record_id = ?',
        [migration.id, recordId],
      );
      if (noted.outcome !== 'migrating') continue;
      const outcome = await this.migrateOne(migration, recordId, rules);
      await sql.execute(
        `update rules_migration_record set outcome = ?, reason = ?, at = now()
          where migration_id = ? and record_id = ?`,
        [outcome.outcome, outcome.reason, migration.id, recordId],
      );
      Context.current().heartbeat(recordId);
    }
    return { lastRecordId: ids.at(-1) ?? null, taken: ids.length };
  }

  private async migrateOne(
    migration: RulesMigration,
    recordId: string,
    rules: NonNullable<Awaited<ReturnType<RulesPublisher['content']>>>,
  ): Promise<{ outcome: 'migrated' | 'refused' | 'failed'; reason: string | null }> {
    try {
      await this.automation.migrate(migration.kind, recordId, rules, migration.startedById);
      return { outcome: 'migrated', reason: null };
    } catch (error) {
      const domain = error instanceof DomainError ? error : undefined;
      const reason =
        domain?.fields[0]?.problem ?? (error instanceof Error ? error.message : String(error));
      // Its update went through before a crash: the record runs the version already.
      if (reason.includes(`already runs v${migration.toVersion}`))
        return { outcome: 'migrated', reason: null };
      // The rules refuse it (its stage is gone, it closed meanwhile): refused; anything else
      // (its workflow unreachable) failed. Either way the migration goes on with the next.
      if (domain && domain.code !== 'workflow-unavailable') return { outcome: 'refused', reason };
      return { outcome: 'failed', reason };
    }
  }

  async setMigrationStatus(input: {
    migrationId: string;
    status: RulesMigrationStatus;
  }): Promise<void> {
    const over = input.status === 'completed' || input.status === 'cancelled';
    await this.orm.em
      .fork()
      .nativeUpdate(
        RulesMigration,
        { id: input.migrationId },
        { status: input.status, ...(over ? { finishedAt: new Date() } : {}) },
      );
  }
}
