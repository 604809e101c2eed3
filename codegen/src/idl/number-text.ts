// How Smithy prints a number node it read from IDL, so our JSON AST matches
// `smithy ast` digit for digit. Smithy keeps an integer literal exact (Long or
// BigInteger) and reads a literal with '.', 'e' or 'E' as a Java double,
// unless the double would not hold the written value exactly as Java prints
// it (too many digits, out of range): then it keeps a BigDecimal. The JSON
// printer writes doubles with Double.toString ("1000.0", "1.0E-7") and
// BigDecimals with BigDecimal.toString ("1E+400"). JavaScript numbers print
// differently ("1000", "1e-7") and lose big integers, hence this module.

const SMALL_INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;

/** The text Smithy prints for a number literal, or undefined when JSON.stringify of `value` already gives it. */
export function javaNumberText(source: string, value: number): string | undefined {
  // Most literals are small integers, which both print alike (a double holds 15 digits exactly).
  if (SMALL_INTEGER.test(source)) return undefined;
  const text = /[.eE]/.test(source) ? decimalText(source) : integerText(source);
  return text === JSON.stringify(value) ? undefined : text;
}

function integerText(source: string): string {
  return BigInt(source).toString();
}

function decimalText(source: string): string {
  const d = Number(source);
  if (Number.isFinite(d)) {
    const asDouble = javaDoubleString(d);
    if (sameDecimal(parseDecimal(asDouble), parseDecimal(source))) return asDouble;
  }
  return bigDecimalString(parseDecimal(source));
}

interface Decimal {
  negative: boolean;
  /** Digits of the unscaled value, no leading zeros ("0" for zero). */
  digits: string;
  /** value = digits × 10^-scale */
  scale: number;
}

function parseDecimal(text: string): Decimal {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw new Error(`not a decimal number: ${text}`);
  const whole = m[2] ?? "";
  const fraction = m[3] ?? "";
  const exponent = Number(m[4] ?? "0");
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  return { negative: m[1] === "-", digits, scale: fraction.length - exponent };
}

/** Numeric equality of two decimals (trailing zeros ignored). */
function sameDecimal(a: Decimal, b: Decimal): boolean {
  const norm = (x: Decimal): string => {
    let digits = x.digits;
    let scale = x.scale;
    while (digits.length > 1 && digits.endsWith("0")) {
      digits = digits.slice(0, -1);
      scale--;
    }
    return digits === "0" ? "0" : `${x.negative ? "-" : ""}${digits}e${-scale}`;
  };
  return norm(a) === norm(b);
}

/** java.math.BigDecimal#toString. */
function bigDecimalString(x: Decimal): string {
  const sign = x.negative ? "-" : "";
  const adjusted = -x.scale + (x.digits.length - 1);
  if (x.scale >= 0 && adjusted >= -6) {
    if (x.scale === 0) return sign + x.digits;
    const padded = x.digits.padStart(x.scale + 1, "0");
    return `${sign}${padded.slice(0, padded.length - x.scale)}.${padded.slice(padded.length - x.scale)}`;
  }
  const mantissa = x.digits.length > 1 ? `${x.digits[0]}.${x.digits.slice(1)}` : x.digits;
  return `${sign}${mantissa}E${adjusted >= 0 ? "+" : ""}${adjusted}`;
}

/** java.lang.Double#toString (shortest round-trip digits, Java's layout). */
export function javaDoubleString(d: number): string {
  if (d === 0) return Object.is(d, -0) ? "-0.0" : "0.0";
  const sign = d < 0 ? "-" : "";
  const [mantissa, exp] = Math.abs(d).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exponent = Number(exp);
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    if (exponent >= 0) {
      const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
      const fraction = digits.slice(exponent + 1) || "0";
      return `${sign}${whole}.${fraction}`;
    }
    return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1) || "0"}E${exponent}`;
}

/**
 * A number node's identity as Smithy's NumberNode.equals sees it: its
 * BigDecimal, value and scale (so 1 and 1.0 differ, 1.0, 1.00 and 1e0, all
 * the double 1.0, do not), written as BigDecimal#toString, which is one text
 * per value and scale. For @uniqueItems.
 */
export function javaNumberKey(source: string): string {
  if (!/[.eE]/.test(source)) return BigInt(source).toString();
  const value = parseDecimal(decimalText(source));
  return bigDecimalString(/^0+$/.test(value.digits) ? { ...value, negative: false } : value);
}

/**
 * Compares two number texts by value exactly, as BigDecimal#compareTo
 * (Smithy's RangeTraitPlugin): not as doubles, which cannot tell
 * 1.50000000000000000001 from 1.5 or 2^53 + 1 from 2^53.
 */
export function compareNumberTexts(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const sign = (d: Decimal): number => (/^0+$/.test(d.digits) ? 0 : d.negative ? -1 : 1);
  const [sx, sy] = [sign(x), sign(y)];
  if (sx !== sy || sx === 0) return Math.sign(sx - sy);
  // Same sign, both non-zero: by magnitude (leading zeros gone), then digit by digit at a common scale.
  const digitsOf = (d: Decimal): string => d.digits.replace(/^0+/, "");
  const [dx, dy] = [digitsOf(x), digitsOf(y)];
  const [ex, ey] = [dx.length - x.scale, dy.length - y.scale];
  if (ex !== ey) return ex > ey ? sx : -sx;
  const scale = Math.max(x.scale, y.scale);
  const [bx, by] = [BigInt(dx) * 10n ** BigInt(scale - x.scale), BigInt(dy) * 10n ** BigInt(scale - y.scale)];
  return bx === by ? 0 : bx > by ? sx : -sx;
}

/** The text a bound read as a JavaScript number stands for in Smithy (an integer exactly, else Double#toString). */
export function numberTextOf(value: number): string {
  return Number.isInteger(value) ? BigInt(value).toString() : javaDoubleString(value);
}

/**
 * Numbers whose Smithy text differs from JavaScript's, attached to a model by
 * the assembler (non-enumerable, so nothing else sees it): key
 * `${shape or member ID}\0${trait ID}` (or `metadata\0${key}`), then the path
 * inside the value joined by \0 → text.
 */
export const NUMBER_TEXTS = Symbol("smithy number texts");
export type NumberTexts = Map<string, Map<string, string>>;

export function numberTextsOf(model: object): NumberTexts | undefined {
  return (model as { [NUMBER_TEXTS]?: NumberTexts })[NUMBER_TEXTS];
}

export function attachNumberTexts(model: object, texts: NumberTexts): void {
  Object.defineProperty(model, NUMBER_TEXTS, { value: texts, enumerable: false });
}
