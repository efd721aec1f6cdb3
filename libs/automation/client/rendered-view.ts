import { renderText } from '../../mail/render-email';
import { type RecordSnapshot } from '../../rules';
import { type AutomationView } from '../contract/automation.contract';

/**
 * The view with the texts the rules wrote as templates (a follow-up's subject, and the timers
 * that mention it) rendered for the record, as its activities are: `Call {{lead.name}}` reads
 * `Call Ann`. A text that does not render stays as written.
 */
export function renderedView(view: AutomationView, snapshot: RecordSnapshot): AutomationView {
  const render = (text: string) => renderRuleText(text, snapshot);
  return {
    ...view,
    pendingTimers: view.pendingTimers.map((t) => ({ ...t, description: render(t.description) })),
    openFollowUps: view.openFollowUps.map((f) => ({ ...f, subject: render(f.subject) })),
    // A worker on code from before deadlines answers without them.
    documentDeadlines: view.documentDeadlines ?? [],
  };
}

/** One text of the rules rendered for the record; one that does not render stays as written. */
export function renderRuleText(text: string, snapshot: RecordSnapshot): string {
  if (!text.includes('{{')) return text;
  try {
    return renderText(text, snapshot);
  } catch {
    return text;
  }
}
