/** A catalogue source as the pickers need it (Schemas['LeadSource'] has more). */
interface Source {
  code: string;
  name: string;
  active: boolean;
}

/** The options of a source picker: the active sources, and the one chosen now even if not. */
export function sourceOptions(
  sources: Source[],
  { current, withInactive = false }: { current?: string | null; withInactive?: boolean } = {},
): { value: string; label: string }[] {
  const options = sources
    .filter((s) => withInactive || s.active || s.code === current)
    .map((s) => ({ value: s.code, label: s.name }));
  // A record may name a code the catalogue no longer has (written before it): keep it shown.
  if (current && !options.some((o) => o.value === current))
    options.push({ value: current, label: current });
  return options;
}

/** A source's name for a code (the code itself when the catalogue lacks it). */
export function sourceName(sources: Source[] | undefined, code: string | null | undefined) {
  if (!code) return null;
  return sources?.find((s) => s.code === code)?.name ?? code;
}
