/** Emails compare lowercased and trimmed. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}

/**
 * Phones compare by their digits, with a leading + kept: "+1 (555) 010-0200"
 * and "+15550100200" are the same number.
 */
export function normalizePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d]/g, '');
  if (digits.length < 5) return null;
  return (phone.trim().startsWith('+') ? '+' : '') + digits;
}
