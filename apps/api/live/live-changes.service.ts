import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Subject } from 'rxjs';
import { type Principal } from '../../../libs/crm/users/role';

/** One change as the browsers get it. */
export interface LiveChange {
  /** The feed position; a reconnecting browser sends it back as Last-Event-ID. */
  seq: string;
  kind: string;
  id: string;
  dealId: string | null;
  leadId: string | null;
  responsibleIds: string[];
}

const CHANNEL = 'voronka_change_feed';
/** The feed is read at least this often, notification or not (PGlite delivers none). */
const POLL_MS = 700;
/** Rows older than this are deleted; a browser away longer reloads what it shows. */
const KEEP_MINUTES = 10;
/**
 * The oldest transaction of this database still running: every row of an older transaction is
 * committed (or gone with its rollback) in the statement's snapshot, so none can appear below it
 * later. Transactions of other databases on the server (known by their backend) do not hold it
 * back; one ending between the snapshot and the read of pg_stat_activity still counts, which only
 * delays. With none running, the snapshot's xmax.
 */
const HORIZON = `coalesce(
  (select min(x) from pg_snapshot_xip(pg_current_snapshot()) as x
    where (x::text::numeric % 4294967296)::bigint not in (
      select backend_xid::text::bigint from pg_stat_activity
       where backend_xid is not null and datname <> current_database())),
  pg_snapshot_xmax(pg_current_snapshot()))`;

/** A place in the feed: the writing transaction, then the row's id within it. */
interface FeedPosition {
  tx: string;
  seq: string;
}
interface Positioned {
  position: FeedPosition;
}

/** Whether the principal may see a change: the same rule as the record lists (the responsible). */
export function maySee(principal: Principal, change: Pick<LiveChange, 'responsibleIds'>): boolean {
  switch (principal.role) {
    case 'admin':
    case 'salesops':
      return true;
    case 'head':
      return change.responsibleIds.some((id) =>
        (principal.teamMemberIds ?? [principal.userId]).includes(id),
      );
    case 'manager':
      return change.responsibleIds.includes(principal.userId);
    default:
      return false;
  }
}

/**
 * Reads the change feed (written by triggers, whichever process wrote the record) in commit order
 * and hands each change to the live streams of this API instance. PostgreSQL's LISTEN/NOTIFY wakes it
 * at once; a short poll covers a lost connection and the embedded PGlite, which delivers no
 * notifications between connections.
 */
@Injectable()
export class LiveChangesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveChanges');
  readonly changes = new Subject<LiveChange>();
  private cursor: FeedPosition = { tx: '0', seq: '0' };
  private timer?: NodeJS.Timeout;
  private running = false;
  private reading: Promise<void> = Promise.resolve();
  private listener?: { release(): void; end?: () => void };
  private lastCleanup = 0;

  constructor(private readonly orm: MikroORM) {}

  async onApplicationBootstrap(): Promise<void> {
    // Everything of the transactions finished before now counts as sent; a row of a transaction
    // still running is sent when it commits.
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<{ tx: string }[]>(`select ${HORIZON}::text as tx`);
    this.cursor = { tx: rows[0].tx, seq: '0' };
    this.running = true;
    await this.listen().catch((error: Error) =>
      this.logger.warn(`LISTEN ${CHANNEL} failed, polling only: ${error.message}`),
    );
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.reading;
    this.listener?.release();
    this.changes.complete();
  }

  /** Changes after `seq` still in the feed, for a browser that reconnects (Last-Event-ID). */
  async since(seq: string): Promise<LiveChange[]> {
    if (!/^\d{1,19}$/.test(seq)) return [];
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<{ tx: string }[]>('select tx::text as tx from change_feed where id = ?', [seq]);
    return rows.length ? this.read({ tx: rows[0].tx, seq }, 500) : [];
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => this.wake(), POLL_MS);
  }

  private wake(): void {
    clearTimeout(this.timer);
    this.reading = this.reading
      .then(() => this.drain())
      .catch((error: Error) => this.logger.warn(`reading the change feed: ${error.message}`))
      .finally(() => this.schedule());
  }

  private async drain(): Promise<void> {
    if (!this.running) return;
    for (;;) {
      const rows = await this.read(this.cursor, 500);
      for (const change of rows) this.changes.next(change);
      if (rows.length) this.cursor = rows[rows.length - 1].position;
      if (rows.length < 500) break;
    }
    if (Date.now() - this.lastCleanup > 60_000) {
      this.lastCleanup = Date.now();
      await this.orm.em
        .fork()
        .getConnection()
        .execute(`delete from change_feed where at < now() - interval '${KEEP_MINUTES} minutes'`);
    }
  }

  /** The changes after a position, in commit order, of transactions no longer running. */
  private async read(after: FeedPosition, limit: number): Promise<(LiveChange & Positioned)[]> {
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<
        {
          seq: string;
          tx: string;
          kind: string;
          id: string;
          deal_id: string | null;
          lead_id: string | null;
          responsible_ids: string[];
        }[]
      >(
        `select id::text as seq, tx::text as tx, kind, record_id as id, deal_id, lead_id, responsible_ids
         from change_feed
        where (tx, id) > (?::xid8, ?::bigint) and tx < ${HORIZON}
        order by tx, id limit ?`,
        [after.tx, after.seq, limit],
      );
    return rows.map((r) => ({
      seq: r.seq,
      position: { tx: r.tx, seq: r.seq },
      kind: r.kind,
      id: r.id,
      dealId: r.deal_id,
      leadId: r.lead_id,
      responsibleIds: r.responsible_ids,
    }));
  }

  /** A connection of its own, held for LISTEN; each notification wakes the reader. */
  private async listen(): Promise<void> {
    const knex = this.orm.em.getConnection().getKnex();
    const client = (await knex.client.acquireConnection()) as {
      query(sql: string): Promise<unknown>;
      on(event: 'notification', listener: () => void): void;
      on(event: 'error', listener: (error: Error) => void): void;
    };
    client.on('notification', () => this.wake());
    client.on('error', (error) => this.logger.warn(`the LISTEN connection: ${error.message}`));
    await client.query(`listen ${CHANNEL}`);
    this.listener = { release: () => void knex.client.releaseConnection(client) };
  }
}
