/** `+0m`, `+5h`, `+3d 2h`, `+1d 0h 30m`: a simulated time, ms after the record was created. */
export function sinceStart(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days === 0 && hours === 0) return `+${rest}m`;
  const parts = [days ? `${days}d` : '', days || hours ? `${hours}h` : '', rest ? `${rest}m` : ''];
  return `+${parts.filter(Boolean).join(' ')}`;
}

/** The `version:` of a rules text, if it says one. */
export function versionOf(text: string): number | undefined {
  const match = /^version:\s*(\d+)\s*(#.*)?$/m.exec(text);
  return match ? Number(match[1]) : undefined;
}
