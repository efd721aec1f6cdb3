import { type Principal } from '../users/role';
import {
  commentChange,
  COMMENT_EDIT_WINDOW_MS,
  linksIn,
  normaliseCommentBody,
} from './comment-rules';

const who = (userId: string, role: Principal['role'] = 'manager'): Principal => ({
  userId,
  name: userId,
  role,
  teamId: null,
});

describe('comment rules', () => {
  const written = new Date('2026-12-03T10:00:00Z');
  const comment = { authorId: 'ann', createdAt: written };
  const later = (ms: number) => new Date(written.getTime() + ms);

  it('lets the author edit and delete within 24 hours, and not after', () => {
    expect(commentChange(who('ann'), comment, 'edit', later(60_000)).allowed).toBe(true);
    expect(
      commentChange(who('ann'), comment, 'delete', later(COMMENT_EDIT_WINDOW_MS)).allowed,
    ).toBe(true);
    const late = commentChange(who('ann'), comment, 'edit', later(COMMENT_EDIT_WINDOW_MS + 1));
    expect(late).toEqual({
      allowed: false,
      reason: 'a comment may be edited within 24 hours of writing it',
    });
  });

  it('refuses others, a head and an admin editing included; an admin deletes any', () => {
    expect(commentChange(who('bob'), comment, 'edit', later(1)).allowed).toBe(false);
    expect(commentChange(who('boss', 'head'), comment, 'delete', later(1)).allowed).toBe(false);
    expect(commentChange(who('root', 'admin'), comment, 'edit', later(1)).allowed).toBe(false);
    expect(
      commentChange(who('root', 'admin'), comment, 'delete', later(30 * COMMENT_EDIT_WINDOW_MS))
        .allowed,
    ).toBe(true);
  });

  it('finds the links in the text, without the punctuation that ends a sentence', () => {
    expect(
      linksIn(
        'Price list: https://acme.test/prices?x=1. See (http://b.test/a) and https://acme.test/prices?x=1',
      ),
    ).toEqual(['https://acme.test/prices?x=1', 'http://b.test/a']);
    expect(linksIn('no links, javascript:alert(1) nor ftp://x')).toEqual([]);
  });

  it('keeps the text as written, line ends unified and the ends trimmed', () => {
    expect(normaliseCommentBody('  Too expensive.\r\nCall back in May  ')).toBe(
      'Too expensive.\nCall back in May',
    );
  });
});
