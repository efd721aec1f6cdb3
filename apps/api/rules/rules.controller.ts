import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { type Principal } from '../../../libs/crm/users/role';
import { checkRuleSet, type RuleSetSource } from '../../../libs/rules/checker/check-rule-set';
import { diffRuleSets, formatRuleChanges } from '../../../libs/rules/diff/diff-rule-sets';
import { RULES_FILE, TEMPLATES_DIR } from '../../../libs/rules/files/rule-files';
import { type RuleSet } from '../../../libs/rules/language/rule-set';
import { type RuleSetVersion } from '../../../libs/rules/publishing/rule-set-version.entity';
import {
  RulesInvalidError,
  RulesPublisher,
  summarizeVersion,
} from '../../../libs/rules/publishing/rules-publisher';
import { parseScenario } from '../../../libs/rules/simulator/scenario';
import { diffTimelines, formatTimeline, simulate } from '../../../libs/rules/simulator/simulate';
import { DomainError, InvalidFieldsError, NotFoundError } from '../../../libs/errors';
import { PublishRulesDto, RuleFilesDto, SimulateRulesDto } from './rules.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

const TEMPLATE_PATH = new RegExp(`^${TEMPLATES_DIR}/([a-z][a-z0-9_-]{0,62})\\.hbs$`);

/** The files of a request as a rule set source; a wrong path is a 400 naming it. */
function toSource(files: Record<string, string>, field = 'files'): RuleSetSource {
  const problems: { field: string; problem: string }[] = [];
  if (typeof files[RULES_FILE] !== 'string')
    problems.push({ field: `${field}.${RULES_FILE}`, problem: `${RULES_FILE} is required` });
  const templates: RuleSetSource['templates'] = [];
  for (const [path, text] of Object.entries(files)) {
    if (typeof text !== 'string')
      problems.push({ field: `${field}.${path}`, problem: 'must be the text of the file' });
    else if (path === RULES_FILE) continue;
    else {
      const match = TEMPLATE_PATH.exec(path);
      if (!match)
        problems.push({
          field: `${field}.${path}`,
          problem: `a file is ${RULES_FILE} or ${TEMPLATES_DIR}/<name>.hbs`,
        });
      else templates.push({ name: match[1], file: path, text });
    }
  }
  if (problems.length > 0) throw new InvalidFieldsError(problems, { malformed: true });
  return { file: RULES_FILE, text: files[RULES_FILE], templates };
}

function checked(source: RuleSetSource): RuleSet {
  const result = checkRuleSet(source);
  if (!result.ok) throw new RulesInvalidError(result.errors, result.warnings);
  return result.rules;
}

function versionView(v: RuleSetVersion) {
  return {
    id: v.ruleSetId,
    kind: v.kind,
    name: v.name,
    ...summarizeVersion(v),
    content: v.content,
    source: v.source,
  };
}

/**
 * Pipelines and lead rules: everyone but integrations reads them; sales ops
 * and admins validate, publish and dry-run them.
 */
@ApiTags('rules')
@ApiBearerAuth()
@Controller('api/v1/rules')
export class RulesController {
  constructor(private readonly publisher: RulesPublisher) {}

  @Get()
  @ApiOkResponse({ description: 'every published rule set with its versions' })
  list() {
    return this.publisher.list();
  }

  @Get(':id')
  @ApiOkResponse({ description: 'the latest version of a rule set' })
  @ApiNotFoundResponse()
  async latest(@Param('id') id: string) {
    const v = await this.publisher.latest(id);
    if (!v) throw new NotFoundError(`no rule set "${id}" is published`);
    return versionView(v);
  }

  @Get(':id/versions/:version')
  @ApiOkResponse({ description: 'one published version: content, files, checksum, who and when' })
  @ApiNotFoundResponse()
  async version(@Param('id') id: string, @Param('version', ParseIntPipe) version: number) {
    const v = await this.publisher.get(id, version);
    if (!v) throw new NotFoundError(`version ${version} of "${id}" is not published`);
    return versionView(v);
  }

  @Get(':id/diff')
  @ApiOkResponse({
    description: 'what changed between two published versions, as a list and as text',
  })
  @ApiNotFoundResponse()
  async diff(
    @Param('id') id: string,
    @Query('from', ParseIntPipe) from: number,
    @Query('to', ParseIntPipe) to: number,
  ) {
    const [a, b] = await Promise.all([this.publisher.get(id, from), this.publisher.get(id, to)]);
    if (!a || !b) throw new NotFoundError(`version ${!a ? from : to} of "${id}" is not published`);
    const changes = diffRuleSets(a.content, b.content);
    return { id, from, to, changes, text: formatRuleChanges(a.content, b.content, changes) };
  }

  @Post('validate')
  @Roles('admin', 'salesops')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'valid: the rules as they would run, and any warnings' })
  @ApiUnprocessableEntityResponse({
    description: 'not valid: each problem with file, line, column and path',
  })
  validate(@Body() body: RuleFilesDto) {
    const result = checkRuleSet(toSource(body.files));
    if (!result.ok) throw new RulesInvalidError(result.errors, result.warnings);
    return { valid: true, rules: result.rules, warnings: result.warnings };
  }

  @Post('publish')
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @ApiCreatedResponse({ description: 'published as a new version' })
  @ApiOkResponse({ description: 'the same content was already published: nothing changed' })
  @ApiConflictResponse({
    description: 'that version exists with other content, or a higher one exists',
  })
  @ApiUnprocessableEntityResponse({ description: 'the rules are not valid' })
  async publish(
    @CurrentUser() p: Principal,
    @Body() body: PublishRulesDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    // The audit names who signed in, never what a body claims.
    const result = await this.publisher.publish(
      toSource(body.files),
      `${p.name} (${p.userId})`,
      body.note,
    );
    res.status(result.status === 'published' ? HttpStatus.CREATED : HttpStatus.OK);
    return result;
  }

  @Post('simulate')
  @Roles('admin', 'salesops')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'the timeline of the scenario; with `against`, where the two timelines differ',
  })
  @ApiUnprocessableEntityResponse({ description: 'the rules or the scenario are not valid' })
  simulate(@Body() body: SimulateRulesDto) {
    const parsed = parseScenario('scenario.yaml', body.scenario);
    if ('problems' in parsed) {
      throw new DomainError('invalid-scenario', 'the scenario is not valid', {
        extensions: { problems: parsed.problems },
      });
    }
    const rules = checked(toSource(body.files));
    const run = simulate(rules, parsed.scenario);
    const timeline = formatTimeline(run.timeline);
    const result: Record<string, unknown> = {
      stage: run.final.stage,
      closed: run.final.closed ?? null,
      entries: run.timeline,
      timeline,
    };
    if (body.against) {
      const other = checked(toSource(body.against.files, 'against.files'));
      const otherTimeline = formatTimeline(simulate(other, parsed.scenario).timeline);
      result.diff = diffTimelines(timeline, otherTimeline, [
        `${rules.id} v${rules.version}`,
        `${other.id} v${other.version}`,
      ]);
    }
    return result;
  }
}
