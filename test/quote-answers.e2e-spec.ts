import { Client } from '@temporalio/client';
import { quoteAnswerLink } from '../libs/links/quote-answer-link';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

/** Temporal's event types of a workflow task in flight: scheduled (5) and started (6). */
const TASK_IN_FLIGHT = [5, 6];

/**
 * A customer's answer to a quote is taken once: answering again (a second click on the page, a
 * retried API call) changes nothing, tells the deal's workflow nothing, and says it was answered.
 */
describe('answering a quote twice', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system?.close();
  });

  const newQuote = async () => {
    const deal = (
      await system.call('POST', '/api/v1/deals', {
        title: 'Twice',
        pipelineId: 'b2b',
        amount: '100.00',
      })
    ).body;
    const quote = (
      await system.call('POST', '/api/v1/quotes', {
        currency: 'USD',
        dealId: deal.id,
        rows: [{ name: 'Thing', quantity: '1', unitPrice: '100' }],
      })
    ).body;
    return { deal, quote };
  };

  /**
   * The `quote_accepted` signals the deal's workflow took, from its Temporal history once the
   * workflow has taken them (signals that arrive during a workflow task are written after it).
   */
  const acceptSignals = (dealId: string) =>
    eventually('the deal workflow to take its signals', async () => {
      const handle = system.api.get(Client).workflow.getHandle(`deal-${dealId}`);
      const events = (await handle.fetchHistory()).events ?? [];
      const accepted = events.filter((e) => {
        const data = e.workflowExecutionSignaledEventAttributes?.input?.payloads?.[0]?.data;
        return data && JSON.parse(Buffer.from(data).toString()).type === 'quote_accepted';
      }).length;
      const busy = TASK_IN_FLIGHT.includes(Number(events.at(-1)?.eventType));
      return accepted > 0 && !busy ? accepted : undefined;
    });

  it('through the API: the second accept answers 409 already accepted and signals nothing', async () => {
    const { deal, quote } = await newQuote();
    const first = await system.call('POST', `/api/v1/quotes/${quote.id}/accept`);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('accepted');
    const second = await system.call('POST', `/api/v1/quotes/${quote.id}/accept`);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      type: '/problems/state-conflict',
      detail: `the quote ${quote.number} is already accepted`,
    });
    const read = await system.call('GET', `/api/v1/quotes/${quote.id}`);
    expect(read.body).toMatchObject({ status: 'accepted', version: first.body.version });
    expect(await acceptSignals(deal.id)).toBe(1);
  });

  it('on the public page: the second accept says so and signals nothing', async () => {
    const { deal, quote } = await newQuote();
    const link = new URL(quoteAnswerLink(system.config, quote.id, '2099-12-31')).pathname;
    const first = await fetch(`${system.baseUrl}${link}/accept`, { method: 'POST' });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Thank you: the quote is accepted.');
    const twice = await Promise.all(
      [1, 2].map(() => fetch(`${system.baseUrl}${link}/accept`, { method: 'POST' })),
    );
    for (const again of twice) {
      expect(again.status).toBe(200);
      expect(await again.text()).toContain(`The quote ${quote.number} is already accepted.`);
    }
    expect(await acceptSignals(deal.id)).toBe(1);
    const declined = await fetch(`${system.baseUrl}${link}/decline`, { method: 'POST' });
    expect(declined.status).toBe(409);
    expect(await declined.text()).toContain(`The quote ${quote.number} is already accepted`);
    expect((await system.call('GET', `/api/v1/quotes/${quote.id}`)).body.status).toBe('accepted');
  });
});
