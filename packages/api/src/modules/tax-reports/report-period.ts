/** The periods reports cover: a month (`2026-11`) or a year (`2026`), as UTC instants [from, until). */
export interface ReportPeriod {
  label: string;
  from: Date;
  until: Date;
}

/** Reads `2026-11` or `2026` (years only when `allowYear`); null for anything else. */
export function parsePeriod(text: string, allowYear: boolean): ReportPeriod | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) {
    const year = Number(month[1]);
    const index = Number(month[2]) - 1;
    return { label: text, from: new Date(Date.UTC(year, index, 1)), until: new Date(Date.UTC(year, index + 1, 1)) };
  }
  const year = /^(\d{4})$/.exec(text);
  if (year && allowYear) {
    const y = Number(year[1]);
    return { label: text, from: new Date(Date.UTC(y, 0, 1)), until: new Date(Date.UTC(y + 1, 0, 1)) };
  }
  return null;
}

/** The month before the one `at` falls in (the 1st's job reports on it). */
export function previousMonth(at: Date): ReportPeriod {
  const from = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1));
  return parsePeriod(from.toISOString().slice(0, 7), false)!;
}

/** The UTC day (`YYYY-MM-DD`) of an instant: the day whose exchange rate converts it. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** The month (`YYYY-MM`) of an instant. */
export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);
