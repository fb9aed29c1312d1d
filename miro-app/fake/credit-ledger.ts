/**
 * Miro's credit accounting as the fake models it (docs/miro-web-sdk.md, "Rate limits"): every
 * call costs credits, at most `perMinute` in any 60 s and `perHour` in any hour — sliding
 * windows, the stricter of the readings the docs allow.
 */
export interface CreditLimits {
  readonly perMinute: number;
  readonly perHour: number;
}

/** Miro's documented Web SDK limits. */
export const MIRO_CREDIT_LIMITS: CreditLimits = { perMinute: 100_000, perHour: 1_000_000 };

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Spent credits with their times; sums over both windows in amortised O(1) per call. */
export class CreditLedger {
  private readonly times: number[] = [];
  private readonly amounts: number[] = [];
  private minuteStart = 0;
  private hourStart = 0;
  private minuteSum = 0;
  private hourSum = 0;
  /** Every credit spent since the fake was made. */
  total = 0;
  /** The most credits spent within any 60 s, seen so far. */
  peakPerMinute = 0;
  /** The most credits spent within any hour, seen so far. */
  peakPerHour = 0;

  constructor(readonly limits: CreditLimits = MIRO_CREDIT_LIMITS) {}

  /** True when spending `credits` at `now` stays within both windows. */
  canSpend(credits: number, now: number): boolean {
    this.expire(now);
    return this.minuteSum + credits <= this.limits.perMinute && this.hourSum + credits <= this.limits.perHour;
  }

  /** Records `credits` spent at `now` (times must not go backwards). */
  spend(credits: number, now: number): void {
    this.expire(now);
    this.times.push(now);
    this.amounts.push(credits);
    this.minuteSum += credits;
    this.hourSum += credits;
    this.total += credits;
    this.peakPerMinute = Math.max(this.peakPerMinute, this.minuteSum);
    this.peakPerHour = Math.max(this.peakPerHour, this.hourSum);
  }

  /** Credits spent in the 60 s before `now`. */
  spentInLastMinute(now: number): number {
    this.expire(now);
    return this.minuteSum;
  }

  /** Credits spent in the hour before `now`. */
  spentInLastHour(now: number): number {
    this.expire(now);
    return this.hourSum;
  }

  private expire(now: number): void {
    while (this.minuteStart < this.times.length && (this.times[this.minuteStart] ?? 0) <= now - MINUTE) {
      this.minuteSum -= this.amounts[this.minuteStart] ?? 0;
      this.minuteStart++;
    }
    while (this.hourStart < this.times.length && (this.times[this.hourStart] ?? 0) <= now - HOUR) {
      this.hourSum -= this.amounts[this.hourStart] ?? 0;
      this.hourStart++;
    }
  }
}
