// One ordering for everything generated: UTF-16 code units. The same on every
// machine, unlike localeCompare, whose order depends on ICU data and the
// locale (and whose first call costs milliseconds of collator start-up).

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
