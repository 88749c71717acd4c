/**
 * A phone number shown with its middle hidden, as Chinese services print it: `+8613800000001` →
 * `138****0001`. A number abroad keeps its country code and last four digits.
 */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/^\+86/, '').replace(/^\+/, '');
  if (digits.length < 8) return digits.replace(/\d(?=\d{2})/g, '*');
  const head = e164.startsWith('+86') ? digits.slice(0, 3) : `+${digits.slice(0, 3)}`;
  return `${head}${'*'.repeat(4)}${digits.slice(-4)}`;
}

/** Aliyun's list price of one domestic text message, in yuan (an estimate: the bill is what counts). */
export const SMS_LIST_PRICE_YUAN = 0.045;
