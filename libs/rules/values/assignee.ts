/** Who is assigned: the record's responsible, a named user, or the next one in a team. */
export type Assignee =
  { kind: 'responsible' } | { kind: 'user'; user: string } | { kind: 'round_robin'; team: string };

export function describeAssignee(a: Assignee): string {
  switch (a.kind) {
    case 'responsible':
      return 'the responsible';
    case 'user':
      return `user ${a.user}`;
    case 'round_robin':
      return `round robin in ${a.team}`;
  }
}
