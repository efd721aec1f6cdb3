import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type TeamReference } from '../checker/check-context';
import { checkRuleSet } from '../checker/check-rule-set';
import { listRuleSetDirs, readRuleSetSource, SHIPPED_RULES_DIR } from '../files/rule-files';
import { type Problem, suggestion } from '../checker/problems';

/**
 * The teams that rules name for round-robin assignment must exist when the rules are published:
 * a problem for each reference to a team that does not, where the YAML names it.
 */
export async function missingTeams(
  em: EntityManager,
  references: readonly TeamReference[],
): Promise<Problem[]> {
  if (references.length === 0) return [];
  // By SQL: the team entity belongs to the users' folder, which builds on the rules.
  const rows = await em
    .getConnection()
    .execute<{ name: string }[]>(
      'select "name" from "team" order by "name"',
      [],
      'all',
      em.getTransactionContext(),
    );
  const names = rows.map((t) => t.name);
  const known = new Set(names);
  return references
    .filter((r) => !known.has(r.team))
    .map((r) => ({
      severity: 'error' as const,
      ...r.at,
      message: `there is no team "${r.team}"${suggestion(r.team, names)} (teams: ${names.join(', ') || 'none'}); create it first (POST /api/v1/teams) or name another`,
    }));
}

/** Creates the teams the references name that do not exist yet (concurrent starts included). */
export async function ensureTeams(
  em: EntityManager,
  references: readonly TeamReference[],
): Promise<void> {
  for (const team of new Set(references.map((r) => r.team)))
    await em
      .getConnection()
      .execute(
        'insert into "team" ("id", "name", "created_at") values (?, ?, ?) on conflict ("name") do nothing',
        [randomUUID(), team, new Date()],
        'run',
      );
}

/** The teams the shipped rules (rules/ in the project) name, in the order they name them. */
export function shippedTeamNames(root: string = SHIPPED_RULES_DIR): string[] {
  const names = new Set<string>();
  for (const dir of listRuleSetDirs(root)) {
    const checked = checkRuleSet(readRuleSetSource(dir));
    if (checked.ok) for (const r of checked.teams) names.add(r.team);
  }
  return [...names];
}
