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

/** Resets the high-water mark; false where it can't be (not Linux, or /proc not writable). */
function resetPeak(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    status('VmHWM');
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `work` and resolves to its result and the growth of the resident set
 * at its peak, in bytes; `growth` is undefined where the peak can't be
 * measured (the work runs all the same).
 */
export async function peakGrowth<T>(work: () => Promise<T>): Promise<{ value: T | undefined; error: unknown; growth: number | undefined }> {
  (globalThis as { gc?: () => void }).gc?.();
  const measurable = resetPeak();
  const baseline = measurable ? status('VmRSS') : 0;
  let value: T | undefined;
  let error: unknown;
  try {
    value = await work();
  } catch (e) {
    error = e;
  }
  return { value, error, growth: measurable ? status('VmHWM') - baseline : undefined };
}
