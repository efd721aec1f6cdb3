import { type EntityManager } from '@mikro-orm/postgresql';
import { invalidField } from '../../errors';
import { LeadSource } from './lead-source.entity';

/**
 * Refuses a `source` that is not an active code of the catalogue (400 naming `source`, listing
 * the codes that are). Null clears a record's source and is always allowed.
 */
export async function checkKnownSource(
  em: EntityManager,
  code: string | null | undefined,
): Promise<void> {
  if (code === undefined || code === null) return;
  const known = await em.findOne(LeadSource, { code, active: true });
  if (known) return;
  const active = await em.find(
    LeadSource,
    { active: true },
    { fields: ['code'], orderBy: { code: 'asc' } },
  );
  const codes = active.map((s) => s.code).join(', ') || 'none';
  throw invalidField(
    'source',
    `"${code}" is not an active lead source; the known sources are: ${codes}`,
    { malformed: true },
  );
}
