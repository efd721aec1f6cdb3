import 'reflect-metadata';
import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { summarize } from './support/latency';
import { benchRules, inParallel, startBenchSystem, until } from './support/system';

/**
 * Payment webhook to deal won (issue 5): for each of N deals waiting in an invoice stage, the time
 * from sending the signed payment to the deal read back as won (the webhook, the signal, the
 * workflow, the stage and close effects). p50 / p95 / p99. Baseline: GET /health in the same
 * run. Target: p99 under 500 ms on the embedded dev server.
 *
 *   npm run bench -- payment-to-won [--deals 1000] [--concurrency 4]
 */
async function main() {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const n = arg('deals', 1000);
  const concurrency = arg('concurrency', 1);
  const system = await startBenchSystem();
  try {
    const published = await system.call('POST', '/api/v1/rules/publish', { files: benchRules.pay });
    if (published.status !== 201) throw new Error(JSON.stringify(published.body));
    const bank = await system.call('POST', '/api/v1/users', {
      name: 'Bench bank',
      email: 'bank@bench.test',
      role: 'integration',
    });
    const key = (await system.call('POST', `/api/v1/users/${bank.body.id}/api-keys`, { name: 'b' }))
      .body;
    const contact = (await system.call('POST', '/api/v1/contacts', { firstName: 'Payer' })).body;

    const started = Date.now();
    await inParallel(n, 16, async (i) => {
      const r = await system.call('POST', '/api/v1/deals', {
        title: `Bench deal ${i}`,
        pipelineId: 'bench-pay',
        amount: '100.00',
        contactId: contact.id,
      });
      if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    });
    await until(async () => (await system.call('GET', '/api/v1/invoices?limit=1')).body.total >= n);
    console.log(
      `\n${n} deals waiting on their invoices after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const invoices: { dealId: string; number: string; total: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        body: {
          items: { dealId: string; number: string; totals: { total: string } }[];
          nextCursor: string | null;
        };
      } = await system.call(
        'GET',
        `/api/v1/invoices?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      invoices.push(
        ...page.body.items.map((i) => ({
          dealId: i.dealId,
          number: i.number,
          total: i.totals.total,
        })),
      );
      cursor = page.body.nextCursor;
    } while (cursor);

    const health: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = process.hrtime.bigint();
      await fetch(`${system.baseUrl}/health`).then((r) => r.arrayBuffer());
      health.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const samples: number[] = [];
    await inParallel(invoices.length, concurrency, async (i) => {
      const invoice = invoices[i];
      const raw = JSON.stringify({
        externalId: `bench-${i}`,
        invoiceNumber: invoice.number,
        amount: invoice.total,
        currency: 'USD',
        paidAt: new Date().toISOString(),
      });
      const t0 = process.hrtime.bigint();
      const ts = Math.floor(Date.now() / 1000);
      const r = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key.key}`,
          'x-voronka-timestamp': String(ts),
          'x-voronka-signature': signWebhook(key.signingSecret, ts, raw),
        },
        body: raw,
      });
      if (r.status !== 201) throw new Error(`payment: ${r.status} ${await r.text()}`);
      await until(
        async () =>
          (await system.call('GET', `/api/v1/deals/${invoice.dealId}`)).body.outcome === 'won',
        30_000,
        // Polling harder would steal the event loop the in-process worker runs on.
        10,
      );
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
    const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
    const row = (name: string, l: ReturnType<typeof summarize>) =>
      `${name.padEnd(40)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  max ${ms(l.max)}`;
    console.log(
      `database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, ${concurrency} payments at a time`,
    );
    console.log(row('baseline: GET /health', summarize(health)));
    const l = summarize(samples);
    console.log(row(`payment → deal won (${l.n} deals)`, l));
    console.log(`target: p99 < 500 ms — ${l.p99 < 500 ? 'met' : 'NOT met'}`);
  } finally {
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
