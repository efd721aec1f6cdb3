/** The types of activity: what the rules create and escalate, and what people log. */
export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'event', 'task'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
