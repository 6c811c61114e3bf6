const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * `start` plus an ISO 8601 duration of years, months, weeks and days (`P6Y`, `P18M`,
 * `P2W`), in UTC calendar arithmetic; undefined when `period` is not such a duration.
 */
export function addIsoDuration(start: Date, period: string): Date | undefined {
  const match = DURATION.exec(period);
  if (!match || period === 'P') return undefined;
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  const end = new Date(start.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + years, end.getUTCMonth() + months, end.getUTCDate() + weeks * 7 + days);
  return end;
}

/**
 * When a service must delete what it received: the longest retention among the periods
 * given (its purposes' consent records, or its configured retention). Undefined when none
 * is a usable duration: the item is then kept until a retention is configured.
 */
export function retentionEnd(receivedAt: Date, periods: readonly string[]): Date | undefined {
  let latest: Date | undefined;
  for (const period of periods) {
    const end = addIsoDuration(receivedAt, period);
    if (end && (!latest || end > latest)) latest = end;
  }
  return latest;
}
