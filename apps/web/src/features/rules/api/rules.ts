import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, ApiError, client, type Schemas } from '@/lib/api';

export type RuleSetSummary = Schemas['RuleSetSummary'];
export type RuleSetVersion = Schemas['RuleSetVersion'];
export type RuleSetVersionSummary = Schemas['RuleSetVersionSummary'];
export type RuleProblem = Schemas['RuleProblem'];
export type RuleSetDiff = Schemas['RuleSetDiff'];
export type Simulation = Schemas['Simulation'];
export type ImpactPreview = Schemas['ImpactPreview'];
export type RecordImpact = Schemas['RecordImpact'];
export type ImpactKind = RecordImpact['kind'];
export type RulesMigration = Schemas['RulesMigration'];
export type MigratedRecord = Schemas['MigratedRecord'];
export type RuleFiles = Record<string, string>;

const RULES = '/api/v1/rules';
const ruleSetPath = (id: string) => `${RULES}/${id}`;

/** Every published rule set (pipelines and the lead rules): a few, written by people. */
export function useRuleSets() {
  return useQuery({
    queryKey: [RULES, { limit: 200 }],
    queryFn: () => answer(client.GET('/api/v1/rules', { params: { query: { limit: 200 } } })),
    select: (page) => page.items,
  });
}

export function useRuleSetVersions(id: string) {
  return useQuery({
    queryKey: [`${ruleSetPath(id)}/versions`, { limit: 200 }],
    queryFn: () =>
      answer(
        client.GET('/api/v1/rules/{id}/versions', {
          params: { path: { id }, query: { limit: 200, sort: '-version' } },
        }),
      ),
    select: (page) => [...page.items].sort((a, b) => b.version - a.version),
  });
}

/** A published version, with its files (`source`): immutable, so never refetched. */
export function useRuleSetVersion(id: string, version: number | undefined) {
  return useQuery({
    queryKey: [`${ruleSetPath(id)}/versions/${version}`],
    queryFn: () =>
      answer(
        client.GET('/api/v1/rules/{id}/versions/{version}', {
          params: { path: { id, version: version! } },
        }),
      ),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}

export function useRuleSetDiff(id: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [`${ruleSetPath(id)}/diff`, { from, to }],
    queryFn: () =>
      answer(
        client.GET('/api/v1/rules/{id}/diff', {
          params: { path: { id }, query: { from: from!, to: to! } },
        }),
      ),
    enabled: from !== undefined && to !== undefined && from !== to,
    staleTime: Infinity,
  });
}

export interface Checked {
  /** No errors: the rules as they would run. */
  valid: boolean;
  rules: Record<string, unknown> | null;
  problems: RuleProblem[];
  warnings: RuleProblem[];
}

/** The checker's verdict on files: an invalid rule set (422) is an answer here, not an error. */
export async function checkRules(files: RuleFiles): Promise<Checked> {
  try {
    const checked = await answer(client.POST('/api/v1/rules/validate', { body: { files } }));
    return { valid: true, rules: checked.rules, problems: [], warnings: checked.warnings };
  } catch (error) {
    const problems = rulesProblems(error);
    if (!problems) throw error;
    return { valid: false, rules: null, ...problems };
  }
}

/** The rules' problems of a refused validate or publish (422 invalid-rules), if it was that. */
export function rulesProblems(
  error: unknown,
): { problems: RuleProblem[]; warnings: RuleProblem[] } | undefined {
  if (!(error instanceof ApiError) || error.type !== 'invalid-rules') return undefined;
  const list = (value: unknown) => (Array.isArray(value) ? (value as RuleProblem[]) : []);
  return { problems: list(error.problem.problems), warnings: list(error.problem.warnings) };
}

/** The files as they are being typed, checked (the caller debounces them). */
export function useCheckedRules(files: RuleFiles | undefined) {
  return useQuery({
    queryKey: [`${RULES}/validate`, files],
    queryFn: () => checkRules(files!),
    enabled: !!files,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}

export function useSimulate() {
  return useMutation({
    mutationFn: (body: { files: RuleFiles; scenario: string; against?: RuleFiles }) =>
      answer(
        client.POST('/api/v1/rules/simulate', {
          body: {
            files: body.files,
            scenario: body.scenario,
            ...(body.against ? { against: { files: body.against } } : {}),
          },
        }),
      ),
  });
}

export interface ImpactQuery {
  files?: RuleFiles;
  version?: number;
  kinds?: ImpactKind[];
  offset: number;
  limit: number;
}

export function useImpact(id: string) {
  return useMutation({
    mutationFn: (query: ImpactQuery) =>
      answer(client.POST('/api/v1/rules/{id}/impact', { params: { path: { id } }, body: query })),
  });
}

export function usePublish(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { files: RuleFiles; note?: string }) =>
      answer(
        client.POST('/api/v1/rules/publish', {
          params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
          body,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [RULES] });
      void queryClient.invalidateQueries({ queryKey: [ruleSetPath(id)] });
      void queryClient.invalidateQueries({ queryKey: [`${ruleSetPath(id)}/versions`] });
    },
  });
}

const migrationsPath = (id: string) => `${ruleSetPath(id)}/migrations`;

export function useMigrations(id: string) {
  return useQuery({
    queryKey: [migrationsPath(id), { limit: 50 }],
    queryFn: () =>
      answer(
        client.GET('/api/v1/rules/{id}/migrations', {
          params: { path: { id }, query: { limit: 50 } },
        }),
      ),
    select: (page) => page.items,
    // A running migration moves on by itself: its list and progress are watched.
    refetchInterval: (query) =>
      query.state.data?.items.some((m) => m.status === 'running') ? 1_000 : false,
  });
}

export function useMigration(id: string, migrationId: string) {
  return useQuery({
    queryKey: [`${migrationsPath(id)}/${migrationId}`],
    queryFn: () =>
      answer(
        client.GET('/api/v1/rules/{id}/migrations/{migrationId}', {
          params: { path: { id, migrationId } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1_000 : false),
  });
}

/**
 * The records a migration took. `progress` (its status and how many are done) is part of the key:
 * each step of a watched migration reads them again, the last one too.
 */
export function useMigrationRecords(
  id: string,
  migrationId: string,
  outcome: MigratedRecord['outcome'] | undefined,
  progress: string | undefined,
) {
  return useQuery({
    queryKey: [`${migrationsPath(id)}/${migrationId}/records`, { outcome }, progress],
    queryFn: () =>
      answer(
        client.GET('/api/v1/rules/{id}/migrations/{migrationId}/records', {
          params: {
            path: { id, migrationId },
            query: { limit: 50, ...(outcome ? { outcome } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface StartMigration {
  fromVersion: number;
  toVersion: number;
  note?: string;
  filter?: { stages?: string[]; recordIds?: string[] };
  batchSize: number;
  maxRecordsPerSecond?: number | null;
}

export function useStartMigration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartMigration) =>
      answer(
        client.POST('/api/v1/rules/{id}/migrations', {
          params: { path: { id }, header: { 'Idempotency-Key': crypto.randomUUID() } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [migrationsPath(id)] }),
  });
}

const CONTROLS = {
  pause: (id: string, migrationId: string) =>
    client.POST('/api/v1/rules/{id}/migrations/{migrationId}/pause', {
      params: { path: { id, migrationId } },
    }),
  resume: (id: string, migrationId: string) =>
    client.POST('/api/v1/rules/{id}/migrations/{migrationId}/resume', {
      params: { path: { id, migrationId } },
    }),
  cancel: (id: string, migrationId: string) =>
    client.POST('/api/v1/rules/{id}/migrations/{migrationId}/cancel', {
      params: { path: { id, migrationId } },
    }),
};

/** Pause, resume or cancel: each answers the migration as it is then. */
export function useControlMigration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ migrationId, action }: { migrationId: string; action: keyof typeof CONTROLS }) =>
      answer(CONTROLS[action](id, migrationId)),
    onSuccess: (migration) => {
      queryClient.setQueryData([`${migrationsPath(id)}/${migration.id}`], migration);
      void queryClient.invalidateQueries({ queryKey: [migrationsPath(id)] });
    },
  });
}
