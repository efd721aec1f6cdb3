import { assignAction } from './assign/assign.action';
import { convertAction } from './convert/convert.action';
import { createActivityAction } from './create-activity/create-activity.action';
import { issueInvoiceAction } from './issue-invoice/issue-invoice.action';
import { type ActionPlugin, type ActionRun } from './kit/action-plugin';
import { notifyAction } from './notify/notify.action';
import { postWebhookAction } from './post-webhook/post-webhook.action';
import { sendEmailAction } from './send-email/send-email.action';
import { sendQuoteAction } from './send-quote/send-quote.action';
import { setFieldAction } from './set-field/set-field.action';

/**
 * Every rule action, a plug-in each: one line each, in the order the checker lists them. The
 * language (language/rule-set.ts), the checker, the interpreter, the describer, the simulator and
 * the workflow find an action here by its type; the worker binds its effects
 * (apps/worker/action-effects.ts).
 */
export const ACTION_PLUGINS = [
  createActivityAction,
  sendQuoteAction,
  issueInvoiceAction,
  assignAction,
  setFieldAction,
  convertAction,
  sendEmailAction,
  notifyAction,
  postWebhookAction,
] as const;

type Plugins = (typeof ACTION_PLUGINS)[number];

/** A plug-in's action as published: its type and its settings. */
export type PluginAction = Plugins extends infer P
  ? P extends { type: infer T; describe(action: infer S): string }
    ? { type: T } & S
    : never
  : never;

/** A plug-in's command: its type, its key (unique within the record) and what it carries. */
export type PluginCommand = Plugins extends infer P
  ? P extends { type: infer T; command(...args: never[]): infer C }
    ? { type: T; key: string } & C
    : never
  : never;

type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The effects of every plug-in, as the workflow calls them. */
export type PluginEffectsApi = Intersect<
  Plugins extends { carryOut(command: never, run: ActionRun<infer E>): unknown } ? E : never
>;

export type PluginActionType = Plugins['type'];

/** Any plug-in, for the places that look one up by type. */
export type AnyActionPlugin = ActionPlugin<string, object, object, unknown>;

const BY_TYPE = new Map<string, AnyActionPlugin>(
  ACTION_PLUGINS.map((p) => [p.type, p as unknown as AnyActionPlugin]),
);

/** The plug-in of an action or command type (the checker has made sure it is one). */
export function actionPlugin(type: string): AnyActionPlugin {
  const plugin = BY_TYPE.get(type);
  if (!plugin) throw new Error(`no action ${type}`);
  return plugin;
}

/** An action's or a command's own settings: without its type, its key and its condition. */
export function settingsOf(
  action: { type: string; key?: string; if?: unknown } & object,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(action).filter(([name]) => name !== 'type' && name !== 'key' && name !== 'if'),
  );
}
