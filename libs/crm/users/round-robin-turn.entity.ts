import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Round-robin assignment: whose turn it is in a team (a counter, advanced atomically). */
@Entity({ tableName: 'round_robin_turn' })
export class RoundRobinTurn {
  @PrimaryKey({ type: 'uuid' })
  teamId!: string;

  @Property({ type: 'bigint' })
  turn!: string;
}
