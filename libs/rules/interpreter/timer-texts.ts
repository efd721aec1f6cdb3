import { type FollowUp, type Transition } from '../language/rule-set';

// What a pending timer will do, for people (the automation view, the simulator).

export function transitionTimerText(t: Transition, stage: string): string {
  return `move to ${t.to} after ${t.after?.text} in ${stage}${t.if ? ` if ${t.if.source}` : ''}`;
}

export function followUpTimerText(f: FollowUp, occurrence: number): string {
  return `follow-up ${occurrence}${f.times ? ` of ${f.times}` : ''} (every ${f.every.text}): ${f.do.map((a) => a.type).join(', ')}`;
}
