import { InterceptingCall, type Interceptor, Metadata, status as GrpcStatus } from '@grpc/grpc-js';

/**
 * Counts the API's calls to Temporal from their start to their final status, retries included,
 * and refuses the attempts that come after the connection is closed.
 *
 * The SDK retries an unanswered call on a timer (up to about 20 s while Temporal is unreachable),
 * and a connection closed under such a timer made the timer throw ("Channel has been shut down")
 * outside any caller, an uncaught exception. So a shutdown first waits for the calls in flight
 * ({@link settled}); an attempt that still comes later ends as CANCELLED, which the SDK does not
 * retry, and its caller gets that error.
 *
 * `interceptor` goes before the SDK's retry interceptor (it sees a call once, from its start to
 * its final status) and `gate` after it (it sees every retry).
 */
export class CallsInFlight {
  private count = 0;
  private closed = false;
  private readonly waiting: (() => void)[] = [];

  readonly interceptor: Interceptor = (options, nextCall) => {
    // A call started after the close never reaches the retry interceptor, which expects its first
    // attempt to come from the channel.
    if (this.closed) return new InterceptingCall(refusedAttempt());
    this.count += 1;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    };
    return new InterceptingCall(nextCall(options), {
      start: (metadata, _listener, next) => {
        next(metadata, {
          onReceiveStatus: (status, nextStatus) => {
            finish();
            nextStatus(status);
          },
        });
      },
    });
  };

  readonly gate: Interceptor = (options, nextCall) =>
    new InterceptingCall(this.closed ? refusedAttempt() : nextCall(options));

  /** Resolves when no call is in flight, or after `timeoutMs`, whichever comes first. */
  async settled(timeoutMs: number): Promise<void> {
    if (this.count === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => this.waiting.push(resolve)),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }

  /** From now on every attempt (a retry on its timer, a new call) ends at once as CANCELLED. */
  close(): void {
    this.closed = true;
  }
}

/** What an InterceptingCall wraps (grpc-js does not export the interface by name). */
type InterceptingCallInterface = ConstructorParameters<typeof InterceptingCall>[0];

/** An attempt that never reaches the channel: it ends as CANCELLED once started. */
function refusedAttempt(): InterceptingCallInterface {
  return {
    start(_metadata, listener) {
      process.nextTick(() =>
        listener?.onReceiveStatus?.({
          code: GrpcStatus.CANCELLED,
          details: 'the connection to Temporal is closed (the process is shutting down)',
          metadata: new Metadata(),
        }),
      );
    },
    sendMessageWithContext() {},
    sendMessage() {},
    startRead() {},
    halfClose() {},
    cancelWithStatus() {},
    getPeer: () => '',
    getAuthContext: () => null,
  };
}
