import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnswerChecker, describeMismatches, type OpenApiDocument } from './answer-check';

/** The checker against the real document: the answers the integration tests get are held to it. */
const document = JSON.parse(
  readFileSync(join(__dirname, '../../docs/openapi.json'), 'utf8'),
) as OpenApiDocument;
const checker = new AnswerChecker(document);

const DEAL_ID = '0b9a3c52-7f7e-4d55-9a36-2f1f6f0d7a11';
const deal = {
  id: DEAL_ID,
  archivedAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  version: 1,
  responsibleId: '5f4e0f1e-3a0f-4a43-8f8e-0d4b8a7f2c10',
  title: 'ACME rollout',
  pipelineId: 'b2b',
  rulesVersion: 2,
  stage: 'new',
  outcome: 'open',
  amount: '25000.00',
  amountManual: true,
  currency: 'USD',
  probability: null,
  expectedCloseDate: null,
  source: null,
  contactId: null,
  companyId: null,
  sourceLeadId: null,
  custom: {},
  closedAt: null,
  lossReason: null,
  lossNote: null,
  wonAmount: null,
};
const json = 'application/json; charset=utf-8';
const getDeal = (status: number, body: unknown, contentType = json) =>
  checker.check({
    method: 'GET',
    path: `/api/v1/deals/${DEAL_ID}?x=1`,
    status,
    contentType,
    body,
    hasBody: body !== undefined,
  });

describe('the answer check', () => {
  it("reads an answer shared by reference (every operation's 431)", () => {
    const problem = { type: '/problems/headers-too-large', title: 'request headers too large' };
    const answer = (body: object) => getDeal(431, { ...body }, 'application/problem+json');
    expect(answer({ ...problem, status: 431 })).toBeUndefined();
    expect(answer({ ...problem, status: 400 })?.problems).toEqual([
      expect.stringContaining('/status'),
    ]);
  });

  it('passes an answer the document describes, nullable members null', () => {
    expect(getDeal(200, deal)).toBeUndefined();
    expect(
      getDeal(
        404,
        { type: '/problems/not-found', title: 'not found', status: 404 },
        'application/problem+json',
      ),
    ).toBeUndefined();
  });

  it('names the operation, the status and the ajv path of a wrong member', () => {
    const mismatch = getDeal(200, { ...deal, amount: 25000, outcome: 'pending' });
    expect(mismatch).toMatchObject({
      operation: 'getDeal',
      method: 'GET',
      path: `/api/v1/deals/${DEAL_ID}`,
      status: 200,
    });
    expect(mismatch?.problems).toEqual([
      expect.stringMatching(
        /^\/outcome: must be equal to one of the allowed values \(open, won, lost\)/,
      ),
      expect.stringMatching(/^\/amount: must be string/),
    ]);
    expect(describeMismatches([mismatch!])).toContain(
      `getDeal (GET /api/v1/deals/${DEAL_ID}) answered 200`,
    );
  });

  it('refuses a missing member and a member the document does not name', () => {
    const withoutStage: Record<string, unknown> = { ...deal };
    delete withoutStage.stage;
    expect(getDeal(200, { ...withoutStage, secret: 'x' })?.problems).toEqual([
      expect.stringMatching(/^\(the body\): must have required property 'stage'/),
      expect.stringMatching(/^\(the body\): member "secret" is not documented/),
    ]);
  });

  it('refuses a status or a content type the operation does not document', () => {
    expect(getDeal(418, deal)?.problems).toEqual([
      expect.stringMatching(/^status 418 is not documented \(documented: 200, .*404/),
    ]);
    expect(getDeal(200, 'ACME', 'text/plain')?.problems).toEqual([
      'content type "text/plain" is not documented (documented: application/json)',
    ]);
    // A problem answer must carry its own type, not another operation's.
    expect(
      getDeal(
        404,
        { type: '/problems/stale-version', title: 'x', status: 404 },
        'application/problem+json',
      )?.problems,
    ).toEqual([expect.stringMatching(/^\/type: must be equal to one of the allowed values/)]);
  });

  it('checks items of a page against the record, literal paths before templated ones', () => {
    const page = (items: unknown[]) =>
      checker.check({
        method: 'GET',
        path: '/api/v1/deals',
        status: 200,
        contentType: json,
        body: { items, total: items.length, limit: 50, nextCursor: null },
        hasBody: true,
      });
    expect(page([deal])).toBeUndefined();
    expect(page([{ ...deal, id: 'not-a-uuid' }])?.problems).toEqual([
      expect.stringMatching(/^\/items\/0\/id: must match format "uuid"/),
    ]);
    expect(checker.operation('GET', '/api/v1/deals/totals')?.id).toBe('getDealTotals');
    expect(checker.operation('GET', `/api/v1/deals/${DEAL_ID}`)?.id).toBe('getDeal');
    expect(checker.operation('GET', '/assets/index.js')).toBeUndefined();
  });
});
