import { type Principal } from '../users/role';

/** The longest comment, in characters: a note, not a document. */
export const COMMENT_MAX_LENGTH = 5000;

/** How long after writing it the author may change or delete a comment: 24 hours. */
export const COMMENT_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

/** What a principal may do to a comment now; why not when it may not. */
export function commentChange(
  p: Principal,
  comment: { authorId: string; createdAt: Date },
  change: 'edit' | 'delete',
  now = new Date(),
): { allowed: true } | { allowed: false; reason: string } {
  // An admin removes what should not be there (an insult, personal data), at any time.
  if (change === 'delete' && p.role === 'admin') return { allowed: true };
  if (comment.authorId !== p.userId)
    return {
      allowed: false,
      reason: `only its author may ${change} a comment${change === 'delete' ? ' (or an admin)' : ''}`,
    };
  if (now.getTime() - comment.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS)
    return {
      allowed: false,
      reason: `a comment may be ${change === 'edit' ? 'edited' : 'deleted'} within 24 hours of writing it`,
    };
  return { allowed: true };
}

// http(s) links as people paste them; trailing punctuation of the sentence is not part of them.
const LINK = /\bhttps?:\/\/[^\s<>"']+/gi;

/** The links in a comment's text, in order, each once: the web app makes them clickable. */
export function linksIn(text: string): string[] {
  const found = (text.match(LINK) ?? []).map((l) => l.replace(/[.,;:!?)\]}]+$/, ''));
  return [...new Set(found)];
}

/** A comment's text as stored: trimmed; its length checked by the request's validation. */
export function normaliseCommentBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}
