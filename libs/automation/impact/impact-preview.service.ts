import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import { DomainError } from '../../errors';
import { impactOfInputs } from '../../rules/impact/impact';
import {
  type RecordImpactItem,
  type ImpactSummary,
  summarizeImpact,
} from '../../rules/impact/summary';
import { type RuleSet } from '../../rules/language/rule-set';
import { RuleSetVersion } from '../../rules/publishing/rule-set-version.entity';
import { type OpenRecordInputs, RecordInputLog } from '../input-log/record-input-log';

/** The impact of a candidate version on every open record of its rule set. */
export interface ImpactPreview {
  ruleSetId: string;
  /** The candidate's version. */
  version: number;
  at: number;
  items: RecordImpactItem[];
  summary: ImpactSummary;
  /** How long reading the records and their logs took, and replaying them (ms). */
  timings: { readMs: number; replayMs: number };
}

/** Publishing refused: replaying some open records under the candidate throws. */
export class RulesBreakRecordsError extends DomainError {
  constructor(ruleSetId: string, version: number, failed: RecordImpactItem[]) {
    super(
      'rules-break-records',
      `${ruleSetId} v${version} is not published: ${failed.length} open record(s) would fail under it`,
      {
        extensions: {
          records: failed.map((f) => ({
            recordKind: f.recordKind,
            recordId: f.recordId,
            title: f.title,
            stage: f.stage,
            reason: f.reason,
          })),
        },
      },
    );
  }
}

/**
 * The impact preview: every open record of a rule set, its own inputs (the record input log)
 * replayed through the pure interpreter and then migrated to the candidate (libs/rules/impact).
 * Reads are two queries; the replay is pure and measured apart.
 */
@Injectable()
export class ImpactPreviewService {
  constructor(
    private readonly orm: MikroORM,
    private readonly log: RecordInputLog,
  ) {}

  async preview(candidate: RuleSet, at: number = Date.now()): Promise<ImpactPreview> {
    const started = performance.now();
    const [records, versions] = await Promise.all([
      this.log.openRecords(candidate.id),
      this.publishedVersions(candidate.id),
    ]);
    const read = performance.now();
    const items = previewRecords(records, versions, candidate, at);
    const replayed = performance.now();
    return {
      ruleSetId: candidate.id,
      version: candidate.version,
      at,
      items,
      summary: summarizeImpact(items),
      timings: { readMs: read - started, replayMs: replayed - read },
    };
  }

  /** Refuses a candidate under which some open record's replay throws. */
  async refuseBreaking(candidate: RuleSet): Promise<void> {
    const { items } = await this.preview(candidate);
    const failed = items.filter((i) => i.kind === 'failed');
    if (failed.length > 0)
      throw new RulesBreakRecordsError(candidate.id, candidate.version, failed);
  }

  private async publishedVersions(ruleSetId: string): Promise<Map<number, RuleSet>> {
    const rows = await this.orm.em
      .fork()
      .find(RuleSetVersion, { ruleSetId }, { fields: ['version', 'content'] });
    return new Map(rows.map((r) => [r.version, r.content]));
  }
}

/** The pure part, apart for the benchmark: each record's impact, in the records' order. */
export function previewRecords(
  records: readonly OpenRecordInputs[],
  versions: ReadonlyMap<number, RuleSet>,
  candidate: RuleSet,
  at: number,
): RecordImpactItem[] {
  const rulesOf = (version: number) => versions.get(version);
  return records.map((r) => {
    const impact =
      r.inputs.length === 0
        ? {
            ...emptyImpact(r),
            kind: 'unknown' as const,
            reason: 'no inputs logged yet: its workflow has not run since the log exists',
          }
        : impactOfInputs(r.inputs, rulesOf, candidate, at);
    return {
      ...impact,
      recordKind: r.kind,
      recordId: r.recordId,
      title: r.title,
      responsibleId: r.responsibleId,
    };
  });
}

function emptyImpact(r: OpenRecordInputs) {
  return {
    stage: r.stage,
    version: r.version,
    stageAfter: r.stage,
    closedAfter: null,
    timersAdded: [],
    timersRemoved: [],
    timersRetimed: [],
    triggered: [],
  };
}
