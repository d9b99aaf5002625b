/** A count written as Chinese text writes small numbers (八个, 十二条); larger ones in digits. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
