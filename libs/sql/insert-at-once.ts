import { type EntityManager } from '@mikro-orm/postgresql';

/**
 * Inserts new entities in one statement (each insert but the last a data-modifying CTE): one round
 * trip, and atomic without a transaction, where a flush would send begin, an insert per table and
 * commit. For the hottest write, a record and its first history row. The entities must be new,
 * with their keys set (ours are generated in code) and no relations to other new entities that
 * are not in the list. They are not managed by `em` afterwards: write them, then let them go.
 */
export async function insertAtOnce(em: EntityManager, entities: object[]): Promise<void> {
  const statements = entities.map((entity) => {
    const meta = em.getMetadata().get(entity.constructor.name);
    const row = entity as Record<string, unknown>;
    if (meta.versionProperty && row[meta.versionProperty] == null) row[meta.versionProperty] = 1;
    // The comparator's snapshot holds database values already (JSON as text): no second conversion.
    return em
      .getDriver()
      .createQueryBuilder(meta.className, em.getTransactionContext(), 'write', false)
      .insert(em.getComparator().prepareEntity(entity))
      .getFormattedQuery();
  });
  const last = statements.pop()!;
  const sql = statements.length
    ? `with ${statements.map((s, i) => `inserted_${i} as (${s})`).join(', ')} ${last}`
    : last;
  await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
}
