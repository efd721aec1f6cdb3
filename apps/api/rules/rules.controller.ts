import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ParseIntPipe } from '../http/param-pipes';
import { ApiBearerAuth, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { type Principal } from '../../../libs/crm/users/role';
import { checkRuleSet } from '../../../libs/rules/checker/check-rule-set';
import { diffRuleSets, formatRuleChanges } from '../../../libs/rules/diff/diff-rule-sets';
import { type RuleSetVersion } from '../../../libs/rules/publishing/rule-set-version.entity';
import {
  RulesInvalidError,
  RulesPublisher,
  summarizeVersion,
} from '../../../libs/rules/publishing/rules-publisher';
import { parseScenario } from '../../../libs/rules/simulator/scenario';
import { diffTimelines, formatTimeline, simulate } from '../../../libs/rules/simulator/simulate';
import { DomainError, NotFoundError } from '../../../libs/errors';
import { pageRequest, PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { ListRuleSetsQueryDto, PublishRulesDto, RuleFilesDto, SimulateRulesDto } from './rules.dto';
import { checked, toSource } from './request-rules';
import { ImpactPreviewService } from '../../../libs/automation/impact/impact-preview.service';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, ok, Operation, listOrCsv } from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import {
  RuleSetDiffDto,
  RuleSetSummaryDto,
  RuleSetVersionDto,
  RuleSetVersionSummaryDto,
  RulesPublicationDto,
  RulesValidationDto,
  SimulationDto,
} from './rules.views';

const RuleSetIdParam = () =>
  ApiParam({ name: 'id', description: 'the rule set’s id (`b2b`)', schema: { type: 'string' } });

function versionView(v: RuleSetVersion): RuleSetVersionDto {
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
  constructor(
    private readonly publisher: RulesPublisher,
    private readonly impact: ImpactPreviewService,
    private readonly exports: ListExport,
  ) {}

  @Get()
  @Operation({
    id: 'listRuleSets',
    summary: 'List the published rule sets',
    answer: listOrCsv(PageOf(RuleSetSummaryDto), 'a page of the published rule sets, by id'),
  })
  async list(@Query() query: ListRuleSetsQueryDto, @AcceptHeader() accept?: string) {
    const ask = { query, accept, name: 'rule-sets', item: RuleSetSummaryDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.publisher.page(pageRequest(q, 'id'), q.kind);
      return {
        ...page,
        items: page.items.map((v): RuleSetSummaryDto => ({
          id: v.ruleSetId,
          kind: v.kind,
          name: v.name,
          latestVersion: v.version,
          publishedAt: v.publishedAt.toISOString(),
        })),
      };
    });
  }

  @Get(':id/versions')
  @Operation({
    id: 'listRuleSetVersions',
    summary: 'List the published versions of a rule set',
    answer: listOrCsv(
      PageOf(RuleSetVersionSummaryDto),
      'a page of its versions without their content, oldest first unless `sort` says otherwise',
    ),
    problems: ['not-found'],
  })
  @RuleSetIdParam()
  async versions(
    @Param('id') id: string,
    @Query() query: PageQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'rule-set-versions', item: RuleSetVersionSummaryDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.publisher.versions(id, pageRequest(q, 'version'));
      if (!page) throw new NotFoundError(`no rule set "${id}" is published`);
      return { ...page, items: page.items.map(summarizeVersion) };
    });
  }

  @Get(':id')
  @Operation({
    id: 'getRuleSet',
    summary: 'Read the latest version of a rule set',
    answer: ok(RuleSetVersionDto, 'the latest version of a rule set'),
    problems: ['not-found'],
  })
  @RuleSetIdParam()
  async latest(@Param('id') id: string): Promise<RuleSetVersionDto> {
    const v = await this.publisher.latest(id);
    if (!v) throw new NotFoundError(`no rule set "${id}" is published`);
    return versionView(v);
  }

  @Get(':id/versions/:version')
  @Operation({
    id: 'getRuleSetVersion',
    summary: 'Read one published version of a rule set',
    answer: ok(RuleSetVersionDto, 'one published version: content, files, checksum, who and when'),
    problems: ['not-found'],
  })
  @RuleSetIdParam()
  @ApiParam({ name: 'version', schema: { type: 'integer' } })
  async version(
    @Param('id') id: string,
    @Param('version', ParseIntPipe) version: number,
  ): Promise<RuleSetVersionDto> {
    const v = await this.publisher.get(id, version);
    if (!v) throw new NotFoundError(`version ${version} of "${id}" is not published`);
    return versionView(v);
  }

  @Get(':id/diff')
  @Operation({
    id: 'diffRuleSetVersions',
    summary: 'What changed between two published versions of a rule set',
    answer: ok(RuleSetDiffDto, 'what changed, as a list and as text'),
    problems: ['not-found'],
  })
  @RuleSetIdParam()
  @ApiQuery({ name: 'from', required: true, schema: { type: 'integer' } })
  @ApiQuery({ name: 'to', required: true, schema: { type: 'integer' } })
  async diff(
    @Param('id') id: string,
    @Query('from', ParseIntPipe) from: number,
    @Query('to', ParseIntPipe) to: number,
  ): Promise<RuleSetDiffDto> {
    const [a, b] = await Promise.all([this.publisher.get(id, from), this.publisher.get(id, to)]);
    if (!a || !b) throw new NotFoundError(`version ${!a ? from : to} of "${id}" is not published`);
    const changes = diffRuleSets(a.content, b.content);
    return { id, from, to, changes, text: formatRuleChanges(a.content, b.content, changes) };
  }

  @Post('validate')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'validateRules',
    summary: 'Check rules files without publishing them',
    description: 'Not valid: 422 `invalid-rules` with each problem’s file, line, column and path.',
    answer: ok(RulesValidationDto, 'valid: the rules as they would run, and any warnings'),
    problems: ['invalid-rules'],
  })
  validate(@Body() body: RuleFilesDto): RulesValidationDto {
    const result = checkRuleSet(toSource(body.files));
    if (!result.ok) throw new RulesInvalidError(result.errors, result.warnings);
    return { valid: true, rules: result.rules, warnings: result.warnings };
  }

  @Post('publish')
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @Operation({
    id: 'publishRules',
    summary: 'Publish rules as a new version',
    description:
      'A version that exists with other content, or below a higher one, answers 409; rules that are not valid 422; a version under which the replay of some open record throws 422 `rules-break-records`, with the records.',
    answer: created(RulesPublicationDto, 'published as a new version'),
    problems: ['invalid-rules', 'rules-version-conflict', 'rules-break-records'],
  })
  @ApiResponse({
    status: HttpStatus.OK,
    type: RulesPublicationDto,
    description: 'the same content was already published: nothing changed',
  })
  async publish(
    @CurrentUser() p: Principal,
    @Body() body: PublishRulesDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RulesPublicationDto> {
    // The audit names who signed in, never what a body claims.
    const result = await this.publisher.publish(
      toSource(body.files),
      `${p.name} (${p.userId})`,
      body.note,
      (rules) => this.impact.refuseBreaking(rules),
    );
    res.status(result.status === 'published' ? HttpStatus.CREATED : HttpStatus.OK);
    return result;
  }

  @Post('simulate')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'simulateRules',
    summary: 'Dry-run a scenario against rules files',
    answer: ok(
      SimulationDto,
      'the timeline of the scenario; with `against`, where the two timelines differ',
    ),
    problems: ['invalid-rules', 'invalid-scenario'],
  })
  simulate(@Body() body: SimulateRulesDto): SimulationDto {
    const parsed = parseScenario('scenario.yaml', body.scenario);
    if ('problems' in parsed) {
      throw new DomainError('invalid-scenario', 'the scenario is not valid', {
        extensions: { problems: parsed.problems },
      });
    }
    const rules = checked(toSource(body.files));
    const run = simulate(rules, parsed.scenario);
    const timeline = formatTimeline(run.timeline);
    const result: SimulationDto = {
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
