import { Controller, Headers, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { filter, interval, map, merge, Observable } from 'rxjs';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { type Principal } from '../../../libs/crm/users/role';
import { file, Operation } from '../openapi/operation';
import { type LiveChange, LiveChangesService, maySee } from './live-changes.service';

/** A comment line every so often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events: every change to a record the caller may see (the same rule as the lists),
 * made through any API instance or by the automation, within a second or two. The web app
 * refreshes what it shows from it.
 */
@ApiTags('live')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/live')
export class LiveController {
  constructor(private readonly live: LiveChangesService) {}

  @Sse()
  @Operation({
    id: 'streamChanges',
    summary: 'Changes to the records the caller may see, as server-sent events',
    answer: file(
      'text/event-stream',
      '`change` events, each `{ kind, id, dealId, leadId }` (kind: deal, lead, activity, quote, invoice, contact, company), with its feed position as the event id; `ping` events keep the stream open',
    ),
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description:
      'the id of the last event received: the stream starts with the changes after it still in the feed (another value is ignored)',
    schema: { type: 'string' },
  })
  stream(
    @CurrentUser() principal: Principal,
    @Headers('last-event-id') lastEventId: string | undefined,
  ): Observable<MessageEvent> {
    const changes = (lastEventId ? this.resumed(lastEventId) : this.live.changes).pipe(
      filter((change) => maySee(principal, change)),
      map((change): MessageEvent => ({
        id: change.seq,
        type: 'change',
        data: { kind: change.kind, id: change.id, dealId: change.dealId, leadId: change.leadId },
      })),
    );
    const pings = interval(HEARTBEAT_MS).pipe(
      map((): MessageEvent => ({ type: 'ping', data: {} })),
    );
    return merge(changes, pings);
  }

  /**
   * The changes after the browser's last event, then the live ones: those arriving while the
   * missed ones are read wait for them, and one read among the missed is not sent twice.
   */
  private resumed(lastEventId: string): Observable<LiveChange> {
    return new Observable<LiveChange>((subscriber) => {
      let waiting: LiveChange[] | null = [];
      const live = this.live.changes.subscribe({
        next: (change) => (waiting ? waiting.push(change) : subscriber.next(change)),
        complete: () => subscriber.complete(),
      });
      this.live.since(lastEventId).then(
        (missed) => {
          const sent = new Set(missed.map((change) => change.seq));
          for (const change of missed) subscriber.next(change);
          for (const change of waiting ?? []) if (!sent.has(change.seq)) subscriber.next(change);
          waiting = null;
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => live.unsubscribe();
    });
  }
}
