import { status as GrpcStatus } from '@grpc/grpc-js';
import { Connection } from '@temporalio/client';
import { CallsInFlight } from './calls-in-flight';
import { freePort } from './embedded-temporal-server';
import { apiCallInterceptors } from './temporal-client.module';

/** A port with nothing listening: every attempt fails UNAVAILABLE, which the SDK retries. */
async function unreachableConnection(calls: CallsInFlight) {
  const address = `127.0.0.1:${await freePort()}`;
  return Connection.lazy({ address, interceptors: apiCallInterceptors(calls) });
}

describe("the API's calls to Temporal at shutdown", () => {
  it('waits for a call to finish, and counts it once across its retries', async () => {
    const calls = new CallsInFlight();
    const connection = await unreachableConnection(calls);
    const call = connection.workflowService
      .describeNamespace({ namespace: 'default' })
      .catch((e: { code?: number }) => e);
    // Still retrying: settled gives up after its timeout.
    const started = Date.now();
    await calls.settled(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    calls.close();
    await connection.close();
    // The retry after the close ends the call as CANCELLED, for its caller; nothing throws on a timer.
    const error = await call;
    expect(error).toMatchObject({ code: GrpcStatus.CANCELLED });
    expect(String(error)).toContain('the connection to Temporal is closed');
    // And settled now answers at once.
    const after = Date.now();
    await calls.settled(5_000);
    expect(Date.now() - after).toBeLessThan(100);
  }, 15_000);

  it('refuses a call started after the close, as CANCELLED', async () => {
    const calls = new CallsInFlight();
    const connection = await unreachableConnection(calls);
    calls.close();
    await connection.close();
    await expect(
      connection.workflowService.describeNamespace({ namespace: 'default' }),
    ).rejects.toMatchObject({ code: GrpcStatus.CANCELLED });
  });
});
