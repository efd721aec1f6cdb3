import { type EntityManager } from '@mikro-orm/postgresql';

/**
 * Inserts new entities in one statement (each insert but the last a data-modifying CTE): one round
 * trip, and atomic without a transaction, where a flush would send begin, an insert per table and
 * commit. For the hottest writes: a record and its first history row; an import's batch of them. The entities must be new,
 * with their keys set (ours are generated in code) and no relations to other new entities that
 * are not in the list. They are not managed by `em` afterwards: write them, then let them go.
 */
export async function insertAtOnce(em: EntityManager, entities: object[]): Promise<void> {
  // Entities of one class next to each other go in one multi-row insert (an import's batch).
  const groups: object[][] = [];
  for (const entity of entities) {
    const last = groups.at(-1);
    if (last && last[0].constructor === entity.constructor) last.push(entity);
    else groups.push([entity]);
  }
  const statements = groups.map((group) => {
    const meta = em.getMetadata().get(group[0].constructor.name);
    const rows = group.map((entity) => {
      const row = entity as Record<string, unknown>;
      if (meta.versionProperty && row[meta.versionProperty] == null) row[meta.versionProperty] = 1;
      // The comparator's snapshot holds database values already (JSON as text): no second
      // conversion.
      return em.getComparator().prepareEntity(entity);
    });
    return em
      .getDriver()
      .createQueryBuilder(meta.className, em.getTransactionContext(), 'write', false)
      .insert(rows.length === 1 ? rows[0] : rows)
      .getFormattedQuery();
  });
  const last = statements.pop()!;
  const sql = statements.length
    ? `with ${statements.map((s, i) => `inserted_${i} as (${s})`).join(', ')} ${last}`
    : last;
  await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
}
