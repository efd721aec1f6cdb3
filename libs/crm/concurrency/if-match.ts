import { DomainError } from '../../errors';

/** The ETag of a record: its version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * What If-Match takes: `*`, or ETags of versions (`"3"`, weak `W/"3"`, or a bare `3`), several
 * separated by commas. The document gives this pattern; anything else is refused.
 */
export const IF_MATCH_PATTERN = /^\s*(\*|(W\/)?"?\d{1,15}"?(\s*,\s*(W\/)?"?\d{1,15}"?)*)\s*$/;

/**
 * Optimistic concurrency: with If-Match, a write applies only to the version
 * the client read; a stale write gets 409 and changes nothing.
 */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  if (!IF_MATCH_PATTERN.test(ifMatch)) {
    throw new DomainError('invalid-if-match', 'If-Match: give the ETag of the record, e.g. "3"', {
      fields: [{ field: 'If-Match', problem: 'give the ETag of the record, e.g. "3"' }],
    });
  }
  const wanted = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, '').replace(/"/g, ''));
  if (!wanted.includes(String(version))) {
    throw new DomainError(
      'stale-version',
      `the record has changed since you read it (it is at version ${version}, you sent ${wanted.join(', ')}); read it again and reapply your change`,
    );
  }
}
