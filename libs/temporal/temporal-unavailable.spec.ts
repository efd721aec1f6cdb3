import { ServiceError, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { isTemporalUnavailable } from './temporal-unavailable';

const grpc = (code: number, message: string) => Object.assign(new Error(message), { code });

describe('isTemporalUnavailable: the server gone, not the call refused', () => {
  it('knows an unreachable or silent server, through the SDK wrapping', () => {
    expect(isTemporalUnavailable(grpc(14, '14 UNAVAILABLE: No connection established'))).toBe(true);
    expect(isTemporalUnavailable(grpc(4, '4 DEADLINE_EXCEEDED: Deadline exceeded'))).toBe(true);
    expect(
      isTemporalUnavailable(
        new ServiceError('Failed to start Workflow', { cause: grpc(14, '14 UNAVAILABLE: x') }),
      ),
    ).toBe(true);
  });

  it('leaves refusals and bugs alone', () => {
    expect(isTemporalUnavailable(grpc(5, '5 NOT_FOUND: workflow not found'))).toBe(false);
    expect(isTemporalUnavailable(grpc(3, '3 INVALID_ARGUMENT'))).toBe(false);
    expect(isTemporalUnavailable(new WorkflowExecutionAlreadyStartedError('x', 'id', 'type'))).toBe(
      false,
    );
    expect(isTemporalUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isTemporalUnavailable(undefined)).toBe(false);
  });
});
