import { type EntityManager } from '@mikro-orm/postgresql';
import type { RulesMigrationFilter } from '../../automation/contract/rules-migration.contract';
import type { RecordKind } from '../../automation/contract/automation.contract';

/** Where each kind of record keeps its rule set and stage. */
const TABLES: Record<RecordKind, { table: string; ruleSet: string; stage: string }> = {
  deal: { table: 'deal', ruleSet: 'pipeline_id', stage: 'stage' },
  lead: { table: 'lead', ruleSet: 'rule_set_id', stage: 'status' },
};

export interface CandidateQuery {
  kind: RecordKind;
  ruleSetId: string;
  fromVersion: number;
  filter: RulesMigrationFilter;
}

/** The conditions (and their values) of the open records a migration takes. */
function conditions(q: CandidateQuery): { sql: string; values: unknown[] } {
  const t = TABLES[q.kind];
  const parts = [
    `r."${t.ruleSet}" = ?`,
    `r.rules_version = ?`,
    `r.outcome = 'open'`,
    `r.archived_at is null`,
  ];
  const values: unknown[] = [q.ruleSetId, q.fromVersion];
  const list = (column: string, items: string[] | undefined) => {
    if (!items?.length) return;
    parts.push(`r.${column} in (${items.map(() => '?').join(', ')})`);
    values.push(...items);
  };
  list(`"${t.stage}"`, q.filter.stages);
  list('responsible_id', q.filter.responsibleIds);
  list('id', q.filter.recordIds);
  return { sql: parts.join(' and '), values };
}

/** How many open records the migration would take now. */
export async function countCandidates(em: EntityManager, q: CandidateQuery): Promise<number> {
  const c = conditions(q);
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(
      `select count(*) as n from "${TABLES[q.kind].table}" r where ${c.sql}`,
      c.values,
    );
  return Number(rows[0].n);
}

/**
 * The next records of a migration after `after` (by id): those it takes, and those whose update
 * it sent without noting the outcome (a worker died in between), so that they are settled now.
 */
export async function nextCandidates(
  em: EntityManager,
  migrationId: string,
  q: CandidateQuery,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const c = conditions(q);
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select r.id from "${TABLES[q.kind].table}" r
      where (${after ? 'r.id > ? and ' : ''}(${c.sql}
         or r.id in (select record_id from rules_migration_record
                      where migration_id = ? and outcome = 'migrating')))
      order by r.id limit ?`,
    [...(after ? [after] : []), ...c.values, migrationId, limit],
  );
  return rows.map((r) => r.id);
}

/** The records the migration takes that it has not noted yet. */
export async function countRemaining(
  em: EntityManager,
  migrationId: string,
  q: CandidateQuery,
): Promise<number> {
  const c = conditions(q);
  const rows = await em.getConnection().execute<{ n: string }[]>(
    `select count(*) as n from "${TABLES[q.kind].table}" r where ${c.sql}
        and not exists (select 1 from rules_migration_record m
                         where m.migration_id = ? and m.record_id = r.id)`,
    [...c.values, migrationId],
  );
  return Number(rows[0].n);
}
