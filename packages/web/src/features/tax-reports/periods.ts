/** The periods offered for download: the last twelve months (newest first) and, for statements, the last three years. */
export function recentMonths(now: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7),
  );
}

export function recentYears(now: Date, count = 3): string[] {
  return Array.from({ length: count }, (_, i) => String(now.getUTCFullYear() - i));
}
