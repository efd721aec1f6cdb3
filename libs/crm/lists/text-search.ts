import { normalizePhone } from '../contact-points/normalize';

/** A LIKE pattern that matches `text` anywhere, with %, _ and \ in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A text search over name, email and phone (digits of the phone). */
export function nameEmailPhoneSearch(q: string, nameFields: string[]): Record<string, unknown> {
  const p = containsPattern(q);
  const phone = normalizePhone(q);
  return {
    $or: [
      ...nameFields.map((f) => ({ [f]: { $ilike: p } })),
      { contactPoints: { emailNormalized: { $ilike: containsPattern(q.trim().toLowerCase()) } } },
      ...(phone
        ? [
            {
              contactPoints: {
                phoneNormalized: { $like: containsPattern(phone.replace(/^\+/, '')) },
              },
            },
          ]
        : []),
    ],
  };
}
