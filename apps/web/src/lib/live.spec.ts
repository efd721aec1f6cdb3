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
});
