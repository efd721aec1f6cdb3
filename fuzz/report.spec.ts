import { countEvent, formatCounts, type OperationCounts } from './report';

const scenario = (recorder: object) => JSON.stringify({ ScenarioFinished: { recorder } });

describe('fuzz report: counts per operation from Schemathesis events', () => {
  it('counts cases, failed cases, failed checks and 5xx answers per operation', () => {
    const counts = new Map<string, OperationCounts>();
    countEvent(
      counts,
      scenario({
        label: 'POST /api/v1/leads',
        cases: {
          a: { value: { method: 'POST', path: '/api/v1/leads' } },
          b: { value: { method: 'POST', path: '/api/v1/leads' } },
        },
        checks: {
          a: [{ name: 'not_a_server_error', status: 'success' }],
          b: [
            { name: 'not_a_server_error', status: 'failure' },
            { name: 'status_code_conformance', status: 'failure' },
          ],
        },
        interactions: {
          a: { response: { status_code: 201 } },
          b: { response: { status_code: 500 } },
        },
      }),
    );
    // A stateful scenario holds cases of several operations: each is counted under its own.
    countEvent(
      counts,
      scenario({
        label: 'Stateful tests',
        cases: {
          c: { value: { method: 'get', path: '/api/v1/leads/{id}' } },
          d: { value: { method: 'POST', path: '/api/v1/leads' } },
        },
        checks: { c: [], d: [{ name: 'negative_data_rejection', status: 'failure' }] },
        interactions: { c: { response: { status_code: 200 } }, d: { response: null } },
      }),
    );
    // Coverage probes an operation with other methods: counted under the operation probed.
    countEvent(
      counts,
      scenario({
        label: 'GET /api/v1/leads/{id}',
        cases: { e: { value: { method: 'TRACE', path: '/api/v1/leads/{id}' } } },
        checks: { e: [] },
        interactions: { e: { response: { status_code: 405 } } },
      }),
    );
    countEvent(counts, JSON.stringify({ PhaseStarted: { phase: { name: 'fuzzing' } } }));

    expect(counts.get('POST /api/v1/leads')).toEqual({
      operation: 'POST /api/v1/leads',
      cases: 3,
      failed: 2,
      serverErrors: 1,
      checks: { not_a_server_error: 1, status_code_conformance: 1, negative_data_rejection: 1 },
    });
    expect(counts.get('GET /api/v1/leads/{id}')).toMatchObject({ cases: 2, failed: 0 });
    expect(counts.size).toBe(2);
  });

  it('prints a line per operation and the totals', () => {
    const table = formatCounts([
      { operation: 'GET /health', cases: 12, failed: 0, serverErrors: 0, checks: {} },
      {
        operation: 'POST /api/v1/leads',
        cases: 340,
        failed: 2,
        serverErrors: 1,
        checks: { not_a_server_error: 1 },
      },
    ]);
    expect(table.split('\n')).toEqual([
      'operation           cases  failed  5xx  failed checks',
      'GET /health            12       0    0',
      'POST /api/v1/leads    340       2    1  not_a_server_error 1',
      '2 operations          352       2    1',
    ]);
  });
});
