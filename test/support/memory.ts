/**
 * How much memory a piece of work needed at its peak: the kernel's resident
 * set high-water mark is reset before it (Linux: "5" to /proc/self/clear_refs)
 * and read after it (VmHWM), so the figure is exact, unlike sampling the RSS,
 * which can't run while synchronous work holds the thread.
 */
import * as fs from 'node:fs';

function status(field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync('/proc/self/status', 'utf8'));
  if (m === null) throw new Error(`no ${field} in /proc/self/status`);
  return Number(m[1]) * 1024;
}

/** True where the high-water mark can be reset (Linux). */
export function peakMeasurable(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    status('VmHWM');
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` and resolves to its result and the growth of the resident set at its peak, in bytes. */
export async function peakGrowth<T>(work: () => Promise<T>): Promise<{ value: T | undefined; error: unknown; growth: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  fs.writeFileSync('/proc/self/clear_refs', '5');
  const baseline = status('VmRSS');
  let value: T | undefined;
  let error: unknown;
  try {
    value = await work();
  } catch (e) {
    error = e;
  }
  return { value, error, growth: status('VmHWM') - baseline };
}
