import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, type FilterQuery, MikroORM } from '@mikro-orm/postgresql';
import { type Page, paginate, type PageRequest, type Sortable } from '../../crm/lists/pagination';
import { DomainError } from '../../errors';
import { type CheckResult, checkRuleSet, type RuleSetSource } from '../checker/check-rule-set';
import { ensureTeams, missingTeams } from './rule-teams';
import { customFieldWarnings } from './rule-custom-fields';
import { missingQuoteTemplates } from './rule-quote-templates';
import { type Problem } from '../checker/problems';
import {
  TEMPLATES_DIR,
  listRuleSetDirs,
  readRuleSetSource,
  RULES_FILE,
  SHIPPED_RULES_DIR,
} from '../files/rule-files';
import { type RuleSet, type RuleSetKind } from '../language/rule-set';
import { canonicalJson, sha256 } from './canonical-json';
import { RuleSetVersion } from './rule-set-version.entity';
import { lockForTransaction } from '../../sql/advisory-lock';

type CheckedRules = Extract<CheckResult, { ok: true }>;

/** How long the latest version of a rule set is taken from the cache (see RulesPublisher). */
export const LATEST_TTL_MS = 2_000;

const RULE_SET_SORTS: Sortable = {
  id: { property: 'ruleSetId', kind: 'string' },
  name: { property: 'name', kind: 'string' },
};
const VERSION_SORTS: Sortable = {
  version: { property: 'version', kind: 'number' },
  publishedAt: { property: 'publishedAt', kind: 'date' },
};
/** A version's summary: what it is without its content and files (which are large). */
const VERSION_SUMMARY_FIELDS = [
  'ruleSetId',
  'kind',
  'name',
  'version',
  'checksum',
  'publishedAt',
  'publishedBy',
  'note',
] as const;

/** Rules that do not validate: each problem with its file, line, column and path. */
export class RulesInvalidError extends DomainError {
  constructor(
    readonly errors: Problem[],
    readonly warnings: Problem[],
  ) {
    super(
      'invalid-rules',
      `the rules are not valid (${errors.length} problem${errors.length === 1 ? '' : 's'})`,
      { extensions: { problems: errors, warnings } },
    );
  }
}

/** Another rule set holds this version, or a higher one exists. */
export class RulesVersionConflictError extends DomainError {
  constructor(message: string) {
    super('rules-version-conflict', message);
  }
}

export interface PublishResult {
  status: 'published' | 'unchanged';
  ruleSetId: string;
  version: number;
  checksum: string;
  warnings: Problem[];
}

export interface VersionSummary {
  version: number;
  checksum: string;
  publishedAt: string;
  publishedBy: string;
  note: string | null;
}

export interface RuleSetSummary {
  id: string;
  kind: RuleSetKind;
  name: string;
  latestVersion: number;
  versions: VersionSummary[];
}

/** The files of a rule set as stored: `rules.yaml` and `templates/<name>.hbs`. */
export function sourceFiles(source: RuleSetSource): Record<string, string> {
  return {
    [RULES_FILE]: source.text,
    ...Object.fromEntries(source.templates.map((t) => [`${TEMPLATES_DIR}/${t.name}.hbs`, t.text])),
  };
}

export function summarizeVersion(
  v: Pick<RuleSetVersion, 'version' | 'checksum' | 'publishedAt' | 'publishedBy' | 'note'>,
): VersionSummary {
  return {
    version: v.version,
    checksum: v.checksum,
    publishedAt: v.publishedAt.toISOString(),
    publishedBy: v.publishedBy,
    note: v.note ?? null,
  };
}

/**
 * Publishes rule sets into PostgreSQL and reads them back. A published version
 * is immutable: changed content needs a higher version, identical content is a
 * no-op. Used by the API, the CLI and the start-up publication of rules/.
 */
@Injectable()
export class RulesPublisher {
  private readonly logger = new Logger('Rules');
  /** Published versions never change, so their content can be kept once read. */
  private readonly contentCache = new Map<string, RuleSet>();
  /**
   * Which version is the latest, by rule set (`id:<id>`) or kind (`kind:lead`), kept briefly:
   * records are created far more often than rules are published. A publish through this
   * process clears it at once; one through another process (the CLI, another API replica) is
   * seen within LATEST_TTL_MS.
   */
  private readonly latestCache = new Map<
    string,
    { ruleSetId: string; version: number; at: number }
  >();
  /** Publishes ended in this process: a read that overlapped one does not fill the cache. */
  private publications = 0;

  constructor(private readonly orm: MikroORM) {}

  private em(): EntityManager {
    return this.orm.em.fork();
  }

  /**
   * `guard` runs before a new version is written (not for one already published) and refuses it
   * by throwing: the impact preview's check that no open record breaks under it.
   */
  async publish(
    source: RuleSetSource,
    publishedBy: string,
    note?: string,
    guard?: (rules: RuleSet) => Promise<void>,
  ): Promise<PublishResult> {
    const checked = checkRuleSet(source);
    if (!checked.ok) throw new RulesInvalidError(checked.errors, checked.warnings);
    const rules: RuleSet = checked.rules;
    if (guard && !(await this.get(rules.id, rules.version))) await guard(rules);
    const checksum = sha256(canonicalJson(rules));
    try {
      return await this.publishChecked(rules, source, checksum, checked, publishedBy, note);
    } finally {
      this.publications++;
      this.latestCache.clear();
    }
  }

  private publishChecked(
    rules: RuleSet,
    source: RuleSetSource,
    checksum: string,
    {
      warnings,
      teams,
      quoteTemplates,
      customFields,
    }: Pick<CheckedRules, 'warnings' | 'teams' | 'quoteTemplates' | 'customFields'>,
    publishedBy: string,
    note?: string,
  ): Promise<PublishResult> {
    return this.em().transactional(async (em) => {
      // One publisher per rule set at a time: the version checks below must not interleave.
      await lockForTransaction(em, `rules:${rules.id}`);
      const same = await em.findOne(RuleSetVersion, {
        ruleSetId: rules.id,
        version: rules.version,
      });
      if (same) {
        if (same.checksum === checksum) {
          return {
            status: 'unchanged' as const,
            ruleSetId: rules.id,
            version: rules.version,
            checksum,
            warnings,
          };
        }
        throw new RulesVersionConflictError(
          `version ${rules.version} of "${rules.id}" is already published with different content; published versions never change, so raise the version to publish a change`,
        );
      }
      const latest = await em.findOne(
        RuleSetVersion,
        { ruleSetId: rules.id },
        { orderBy: { version: 'desc' } },
      );
      if (latest && latest.kind !== rules.kind) {
        throw new RulesVersionConflictError(
          `"${rules.id}" is a rule set of kind ${latest.kind}; it cannot become ${rules.kind}`,
        );
      }
      if (latest && latest.version > rules.version) {
        throw new RulesVersionConflictError(
          `version ${rules.version} of "${rules.id}" is lower than the latest published version ${latest.version}; publish version ${latest.version + 1} or higher`,
        );
      }
      // Checked against the teams here, not by the pure checker: a team is data, not rules.
      const unknownTeams = await missingTeams(em, teams);
      if (unknownTeams.length > 0) throw new RulesInvalidError(unknownTeams, warnings);
      const unknownTemplates = await missingQuoteTemplates(em, quoteTemplates);
      if (unknownTemplates.length > 0) throw new RulesInvalidError(unknownTemplates, warnings);
      warnings = [...warnings, ...(await customFieldWarnings(em, customFields))];
      em.persist(
        new RuleSetVersion({
          content: rules,
          source: sourceFiles(source),
          checksum,
          publishedBy,
          note,
        }),
      );
      await em.flush();
      return {
        status: 'published' as const,
        ruleSetId: rules.id,
        version: rules.version,
        checksum,
        warnings,
      };
    });
  }

  async list(): Promise<RuleSetSummary[]> {
    const rows = await this.em().find(
      RuleSetVersion,
      {},
      {
        orderBy: { ruleSetId: 'asc', version: 'asc' },
        fields: [...VERSION_SUMMARY_FIELDS],
      },
    );
    const byId = new Map<string, RuleSetSummary>();
    for (const row of rows) {
      const summary = byId.get(row.ruleSetId) ?? {
        id: row.ruleSetId,
        kind: row.kind,
        name: row.name,
        latestVersion: row.version,
        versions: [],
      };
      summary.name = row.name;
      summary.latestVersion = row.version;
      summary.versions.push(summarizeVersion(row));
      byId.set(row.ruleSetId, summary);
    }
    return [...byId.values()];
  }

  /**
   * A page of rule sets, each as its latest version. Rule sets are few (people write them), so
   * which row is each one's latest is read whole; the page of those rows is a keyset page.
   */
  async page(page: PageRequest, kind?: RuleSetKind): Promise<Page<RuleSetVersion>> {
    const em = this.em();
    const latest = await em.getConnection().execute<{ id: string }[]>(
      `select distinct on (rule_set_id) id from rule_set_version
       order by rule_set_id, version desc`,
    );
    const where: FilterQuery<RuleSetVersion> = { id: { $in: latest.map((r) => r.id) } };
    if (kind) where.kind = kind;
    return paginate(em, RuleSetVersion, where, page, RULE_SET_SORTS, {
      fields: [...VERSION_SUMMARY_FIELDS],
    });
  }

  /** A page of the published versions of one rule set; null when none is published. */
  async versions(ruleSetId: string, page: PageRequest): Promise<Page<RuleSetVersion> | null> {
    const em = this.em();
    const result = await paginate(em, RuleSetVersion, { ruleSetId }, page, VERSION_SORTS, {
      fields: [...VERSION_SUMMARY_FIELDS],
    });
    if (result.total === 0) return null;
    return result;
  }

  async get(ruleSetId: string, version: number): Promise<RuleSetVersion | null> {
    return this.em().findOne(RuleSetVersion, { ruleSetId, version });
  }

  /**
   * The rules of a published version, from memory after the first read. Inside
   * a transaction pass its EntityManager: the embedded PGlite serves one
   * transaction at a time, so a read on another connection would wait for ever.
   */
  async content(
    ruleSetId: string,
    version: number,
    em: EntityManager = this.em(),
  ): Promise<RuleSet | null> {
    const key = `${ruleSetId}@${version}`;
    const cached = this.contentCache.get(key);
    if (cached) return cached;
    const row = await em.findOne(RuleSetVersion, { ruleSetId, version });
    if (!row) return null;
    this.contentCache.set(key, row.content);
    return row.content;
  }

  /**
   * The rules of the latest version. Which version that is comes from a brief cache (see
   * `latestCache`) or `em` (inside a transaction, its own); the content from the cache of
   * immutable versions (records are created often, and the content is large).
   */
  async latestIn(em: EntityManager, ruleSetId: string): Promise<RuleSet | null> {
    return this.latestBy(em, `id:${ruleSetId}`, () =>
      em.findOne(
        RuleSetVersion,
        { ruleSetId },
        { orderBy: { version: 'desc' }, fields: ['ruleSetId', 'version'] },
      ),
    );
  }

  /** The latest lead rules (the rule set of kind lead published last), as `latestIn`. */
  async latestLeadRules(em: EntityManager = this.em()): Promise<RuleSet | null> {
    return this.latestBy(em, 'kind:lead', () =>
      em.findOne(
        RuleSetVersion,
        { kind: 'lead' },
        { orderBy: { publishedAt: 'desc', version: 'desc' }, fields: ['ruleSetId', 'version'] },
      ),
    );
  }

  private async latestBy(
    em: EntityManager,
    key: string,
    read: () => Promise<Pick<RuleSetVersion, 'ruleSetId' | 'version'> | null>,
  ): Promise<RuleSet | null> {
    const now = Date.now();
    const cached = this.latestCache.get(key);
    if (cached && now - cached.at <= LATEST_TTL_MS)
      return this.content(cached.ruleSetId, cached.version, em);
    const generation = this.publications;
    const latest = await read();
    if (!latest) return null; // not kept: the first rules published anywhere are seen at once
    // Not kept either when a publish here ended during the read: it may have read the version before.
    if (generation === this.publications)
      this.latestCache.set(key, { ruleSetId: latest.ruleSetId, version: latest.version, at: now });
    return this.content(latest.ruleSetId, latest.version, em);
  }

  async latest(ruleSetId: string): Promise<RuleSetVersion | null> {
    return this.em().findOne(RuleSetVersion, { ruleSetId }, { orderBy: { version: 'desc' } });
  }

  /**
   * Publishes the shipped rules (rules/ in the project) that are new. A shipped
   * file changed without a new version is reported and left unpublished: the
   * published version stays what running deals use.
   */
  async publishShipped(root: string = SHIPPED_RULES_DIR): Promise<PublishResult[]> {
    const results: PublishResult[] = [];
    for (const dir of listRuleSetDirs(root)) {
      try {
        const source = readRuleSetSource(dir);
        // The teams the shipped rules assign to are made on first start (empty: an admin or the
        // demo seed gives them members; until then an assignment keeps the responsible).
        const checked = checkRuleSet(source);
        if (checked.ok) await ensureTeams(this.em(), checked.teams);
        const result = await this.publish(source, 'system', 'shipped with Voronka');
        if (result.status === 'published')
          this.logger.log(`published ${result.ruleSetId} v${result.version} from ${dir}`);
        results.push(result);
      } catch (error) {
        if (error instanceof RulesVersionConflictError || error instanceof RulesInvalidError) {
          this.logger.error(`not published: ${dir}: ${error.message}`);
          continue;
        }
        throw error;
      }
    }
    return results;
  }
}
