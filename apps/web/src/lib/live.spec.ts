import { staleKeys } from './live';

describe('what a live change makes stale', () => {
  const dealChange = { kind: 'deal', id: 'd1', dealId: null, leadId: null };
  const callOfDeal = { kind: 'activity', id: 'a1', dealId: 'd1', leadId: null };

  it('a deal: what is read of deals, not other kinds', () => {
    const stale = staleKeys(dealChange);
    expect(stale(['/api/v1/deals', { pipelineId: 'b2b', stage: 'new' }])).toBe(true);
    expect(stale(['/api/v1/deals/d1'])).toBe(true);
    expect(stale(['/api/v1/deals/d1/history'])).toBe(true);
    expect(stale(['/api/v1/leads', {}])).toBe(false);
    expect(stale(['/api/v1/session'])).toBe(false);
  });

  it("an activity of a deal: the activity lists, My day's counters and that deal's page", () => {
    const stale = staleKeys(callOfDeal);
    expect(stale(['/api/v1/activities/today', {}])).toBe(true);
    expect(stale(['/api/v1/activities/counters'])).toBe(true);
    expect(stale(['/api/v1/deals/d1/automation'])).toBe(true);
    expect(stale(['/api/v1/deals', {}])).toBe(false);
  });

  it("an activity of a deal: the board's cards (next activity) and the upcoming automation", () => {
    const stale = staleKeys(callOfDeal);
    expect(stale(['/api/v1/deals/cards', { stage: 'new' }])).toBe(true);
    expect(stale(['/api/v1/automation/upcoming', {}])).toBe(true);
    expect(stale(['/api/v1/deals/totals', {}])).toBe(false);
    expect(stale(['/api/v1/leads', {}])).toBe(false);
  });

  it("not the board's first request: its columns and totals refetch on their own", () => {
    for (const change of [dealChange, callOfDeal]) {
      const stale = staleKeys(change);
      expect(stale(['/api/v1/deals/board', { pipelineId: 'b2b' }])).toBe(false);
      expect(stale(['/api/v1/deals/cards', { pipelineId: 'b2b', stage: 'new' }])).toBe(true);
    }
  });

  it('a lead: the upcoming automation too', () => {
    const stale = staleKeys({ kind: 'lead', id: 'l1', dealId: null, leadId: null });
    expect(stale(['/api/v1/automation/upcoming', {}])).toBe(true);
    expect(stale(['/api/v1/deals/cards', {}])).toBe(false);
  });

  it("a record's pending automation: the upcoming automation and its automation view only", () => {
    const stale = staleKeys({ kind: 'automation', id: 'd1', dealId: 'd1', leadId: null });
    expect(stale(['/api/v1/automation/upcoming', {}])).toBe(true);
    expect(stale(['/api/v1/deals/d1/automation'])).toBe(true);
    expect(stale(['/api/v1/deals/d2/automation'])).toBe(false);
    expect(stale(['/api/v1/deals/d1'])).toBe(false);
    expect(stale(['/api/v1/deals/cards', {}])).toBe(false);
  });
});
