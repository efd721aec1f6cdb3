import { useQuery } from '@tanstack/react-query';
import { answer, client, type Schemas } from './api';

export type RuleSetSummary = Schemas['RuleSetSummary'];

/**
 * The published pipelines (rule sets of kind pipeline): the board and the reports pick one. One
 * page of the most a page holds (200): pipelines are written by people, a few of them.
 */
export function usePipelines() {
  return useQuery({
    queryKey: ['/api/v1/rules', { kind: 'pipeline' }],
    queryFn: () =>
      answer(client.GET('/api/v1/rules', { params: { query: { kind: 'pipeline', limit: 200 } } })),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

// The rules' content is free-form in the document (any pipeline's YAML): its stages typed here.
export interface StageRule {
  id: string;
  name: string;
  order: number;
  kind: 'open' | 'won' | 'lost' | 'converted' | 'junk';
  allowBack: boolean;
}

/**
 * The stages of a pipeline (or the statuses of the lead rules, `leads`), in order, from the rule
 * set's latest published version. `read` false: only what the cache holds.
 */
export function useStages(ruleSetId: string | undefined, read = true) {
  return useQuery({
    queryKey: [`/api/v1/rules/${ruleSetId}`],
    queryFn: () =>
      answer(client.GET('/api/v1/rules/{id}', { params: { path: { id: ruleSetId! } } })),
    select: (rules) =>
      [...(rules.content as { stages: StageRule[] }).stages].sort((a, b) => a.order - b.order),
    enabled: !!ruleSetId && read,
    staleTime: 5 * 60_000,
  });
}

/** Why a deal may be lost, as its pipeline's rules name it. */
export interface LossReason {
  code: string;
  label: string;
}

/**
 * The loss reasons of one published version of a pipeline (the version a deal runs): empty for
 * versions that name none (a move to lost then takes no reason).
 */
export function useLossReasons(pipelineId: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: [`/api/v1/rules/${pipelineId}/versions/${version}`],
    queryFn: () =>
      answer(
        client.GET('/api/v1/rules/{id}/versions/{version}', {
          params: { path: { id: pipelineId!, version: version! } },
        }),
      ),
    select: (rules) => (rules.content as { lossReasons?: LossReason[] }).lossReasons ?? [],
    enabled: !!pipelineId && version !== undefined,
    // A published version never changes.
    staleTime: Infinity,
  });
}
