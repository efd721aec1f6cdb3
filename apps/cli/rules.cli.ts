import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Command, CommanderError } from 'commander';
import { InvalidEnvironmentError, loadConfig } from '../../libs/config';
import { buildOrmOptions, migrateDatabase } from '../../libs/persistence';
import { checkRuleSet } from '../../libs/rules/checker/check-rule-set';
import { formatProblem, type Problem } from '../../libs/rules/checker/problems';
import { diffRuleSets, formatRuleChanges } from '../../libs/rules/diff/diff-rule-sets';
import {
  listRuleSetDirs,
  readRuleSetSource,
  SHIPPED_RULES_DIR,
  shown,
} from '../../libs/rules/files/rule-files';
import { type RuleSet } from '../../libs/rules/language/rule-set';
import {
  RulesInvalidError,
  RulesPublisher,
  RulesVersionConflictError,
} from '../../libs/rules/publishing/rules-publisher';
import { parseScenario } from '../../libs/rules/simulator/scenario';
import {
  ImpactPreviewService,
  RulesBreakRecordsError,
} from '../../libs/automation/impact/impact-preview.service';
import { RecordInputLog } from '../../libs/automation/input-log/record-input-log';
import { formatImpact } from '../../libs/rules/impact/format';
import { IMPACT_KINDS, type ImpactKind } from '../../libs/rules/impact/impact';
import { impactExamples } from '../../libs/rules/impact/summary';
import { diffTimelines, formatTimeline, simulate } from '../../libs/rules/simulator/simulate';

/**
 * `npm run rules -- <command>`: validate, diff, publish, list, simulate, impact.
 * Exit codes: 0 ok, 1 invalid rules or scenario (or a refused publish), 2 misuse.
 */

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_MISUSE = 2;

class Misuse extends Error {}
class Invalid extends Error {}

const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

function printProblems(problems: Problem[]) {
  for (const p of problems) err(formatProblem(p));
}

/** A rules folder or file, checked; prints the problems and throws Invalid when there are errors. */
function load(path: string): RuleSet {
  if (!existsSync(path)) throw new Misuse(`${path}: no such file or folder`);
  const result = checkRuleSet(readRuleSetSource(path));
  printProblems(result.warnings);
  if (!result.ok) {
    printProblems(result.errors);
    throw new Invalid(`${path}: ${result.errors.length} problem(s)`);
  }
  return result.rules;
}

async function withDatabase<T>(
  work: (publisher: RulesPublisher, impact: ImpactPreviewService) => Promise<T>,
): Promise<T> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) throw new Misuse(error.message);
    throw error;
  }
  if (!config.database.url) {
    throw new Misuse(
      'DATABASE_URL: required to read or publish rules (the database of a running Voronka)',
    );
  }
  const orm = await MikroORM.init(buildOrmOptions({ url: config.database.url, poolMax: 2 }));
  try {
    if (config.database.migrateOnStart) await migrateDatabase(orm);
    return await work(
      new RulesPublisher(orm),
      new ImpactPreviewService(orm, new RecordInputLog(orm)),
    );
  } finally {
    await orm.close();
  }
}

const PUBLISHED = /^([a-z][a-z0-9_-]{0,62})@(\d+)$/;

/** A path, or `<id>@<version>` of a published version. */
async function resolveRules(ref: string): Promise<RuleSet> {
  const published = PUBLISHED.exec(ref);
  if (published && !existsSync(ref)) {
    return withDatabase(async (publisher) => {
      const v = await publisher.get(published[1], Number(published[2]));
      if (!v) throw new Misuse(`${ref}: that version is not published`);
      return v.content;
    });
  }
  return load(ref);
}

export function buildProgram(): Command {
  const program = new Command('rules')
    .description('Check, compare, publish and dry-run Voronka pipeline and lead rules')
    .exitOverride()
    .configureOutput({ writeErr: err, writeOut: out });

  program
    .command('validate')
    .description(
      'check rule sets (folders with rules.yaml, or rules files); all shipped rules by default',
    )
    .argument('[paths...]', 'rule set folders or rules files')
    .action((paths: string[]) => {
      const targets = paths.length > 0 ? paths : listRuleSetDirs(SHIPPED_RULES_DIR).map(shown);
      let invalid = 0;
      for (const path of targets) {
        try {
          const rules = load(path);
          out(
            `${path}: ok (${rules.kind} ${rules.id} v${rules.version}, ${rules.stages.length} stages, ${Object.keys(rules.templates).length} templates)`,
          );
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          invalid += 1;
          err(error.message);
        }
      }
      if (invalid > 0)
        throw new Invalid(`${invalid} of ${targets.length} rule set(s) are not valid`);
    });

  program
    .command('diff')
    .description('what changed between two versions: stages, transitions, actions, templates')
    .argument('<from>', 'a rules folder or file, or <id>@<version> of a published version')
    .argument('<to>', 'the same, for the other version')
    .action(async (from: string, to: string) => {
      const [a, b] = [await resolveRules(from), await resolveRules(to)];
      out(formatRuleChanges(a, b, diffRuleSets(a, b)));
    });

  program
    .command('simulate')
    .description(
      'dry-run a scenario against rules and print the timeline; with --against, where two versions differ',
    )
    .argument('<rules>', 'a rules folder or file, or <id>@<version>')
    .argument('<scenario>', 'a scenario file (YAML)')
    .option('--against <rules>', 'other rules to compare the timeline with')
    .action(async (rulesRef: string, scenarioFile: string, options: { against?: string }) => {
      if (!existsSync(scenarioFile)) throw new Misuse(`${scenarioFile}: no such file`);
      const parsed = parseScenario(scenarioFile, readFileSync(scenarioFile, 'utf8'));
      if ('problems' in parsed) {
        printProblems(parsed.problems);
        throw new Invalid(`${scenarioFile}: the scenario is not valid`);
      }
      const rules = await resolveRules(rulesRef);
      const timeline = formatTimeline(simulate(rules, parsed.scenario).timeline);
      if (!options.against) {
        out(timeline);
        return;
      }
      const other = await resolveRules(options.against);
      const otherTimeline = formatTimeline(simulate(other, parsed.scenario).timeline);
      const diff = diffTimelines(timeline, otherTimeline, [
        `${rules.id} v${rules.version} (${rulesRef})`,
        `${other.id} v${other.version} (${options.against})`,
      ]);
      out(diff || `the timelines of ${basename(scenarioFile)} are the same\n`);
    });

  program
    .command('publish')
    .description('publish rule sets into the database (DATABASE_URL); identical content is a no-op')
    .argument('<paths...>', 'rule set folders or rules files')
    .option('--note <text>', 'why this version exists')
    .option('--by <name>', 'who publishes', process.env.USER ?? 'cli')
    .action(async (paths: string[], options: { note?: string; by: string }) => {
      for (const path of paths)
        if (!existsSync(path)) throw new Misuse(`${path}: no such file or folder`);
      await withDatabase(async (publisher, impact) => {
        let refused = 0;
        for (const path of paths) {
          try {
            const r = await publisher.publish(
              readRuleSetSource(path),
              options.by,
              options.note,
              (rules) => impact.refuseBreaking(rules),
            );
            printProblems(r.warnings);
            out(
              `${path}: ${r.status === 'published' ? 'published' : 'unchanged (already published)'} ${r.ruleSetId} v${r.version} ${r.checksum.slice(0, 12)}`,
            );
          } catch (error) {
            if (error instanceof RulesInvalidError) printProblems(error.errors);
            else if (error instanceof RulesBreakRecordsError)
              for (const r of error.extensions.records as { recordId: string; reason: string }[])
                err(`  ${r.recordId}: ${r.reason}`);
            else if (!(error instanceof RulesVersionConflictError)) throw error;
            err(`${path}: not published: ${error.message}`);
            refused += 1;
          }
        }
        if (refused > 0) throw new Invalid(`${refused} rule set(s) not published`);
      });
    });

  program
    .command('impact')
    .description(
      'what a rules version would do to every open record of its rule set if migrated now (DATABASE_URL)',
    )
    .argument('<rules>', 'a rules folder or file, or <id>@<version> of a published version')
    .option('--kind <kinds>', `examples of these kinds (${IMPACT_KINDS.join(',')})`)
    .option('--limit <n>', 'how many examples', '20')
    .option('--at <time>', 'migrate at this instant (RFC 3339) instead of now')
    .action(async (rulesRef: string, options: { kind?: string; limit: string; at?: string }) => {
      const kinds = (options.kind?.split(',') ??
        IMPACT_KINDS.filter((k) => k !== 'unaffected')) as ImpactKind[];
      const unknown = kinds.filter((k) => !IMPACT_KINDS.includes(k));
      if (unknown.length > 0) throw new Misuse(`--kind: not a kind: ${unknown.join(', ')}`);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 0) throw new Misuse('--limit: a whole number');
      const at = options.at === undefined ? Date.now() : Date.parse(options.at);
      if (Number.isNaN(at)) throw new Misuse('--at: a date and time, like 2026-12-01T10:00:00Z');
      const candidate = await resolveRules(rulesRef);
      await withDatabase(async (_publisher, impact) => {
        const preview = await impact.preview(candidate, at);
        const examples = impactExamples(preview.items, { kinds, offset: 0, limit }).items;
        out(formatImpact(preview, preview.summary, examples, kinds));
        err(
          `read ${Math.round(preview.timings.readMs)} ms, replayed ${Math.round(preview.timings.replayMs)} ms`,
        );
        if (preview.summary.counts.failed > 0)
          throw new Invalid(
            `${preview.summary.counts.failed} open record(s) fail under it: publishing it is refused`,
          );
      });
    });

  program
    .command('list')
    .description('published rule sets and their versions (DATABASE_URL)')
    .action(async () => {
      await withDatabase(async (publisher) => {
        const sets = await publisher.list();
        if (sets.length === 0) out('no rule set is published');
        for (const s of sets) {
          out(`${s.id} (${s.kind}) ${s.name}: latest v${s.latestVersion}`);
          for (const v of s.versions) {
            out(
              `  v${v.version}  ${v.publishedAt}  by ${v.publishedBy}  ${v.checksum.slice(0, 12)}${v.note ? `  ${v.note}` : ''}`,
            );
          }
        }
      });
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; anything else commander refuses is misuse.
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
        ? EXIT_OK
        : EXIT_MISUSE;
    }
    if (error instanceof Invalid) {
      err(error.message);
      return EXIT_INVALID;
    }
    if (error instanceof Misuse) {
      err(error.message);
      return EXIT_MISUSE;
    }
    err(`rules: ${(error as Error).stack ?? String(error)}`);
    return EXIT_MISUSE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
