/** Runs one titled section of a report script; a failure is printed and sets a failing exit status, the other sections still run. */
export async function section(name: string, fn: () => Promise<void>): Promise<void> {
  console.log(`\n== ${name}`);
  try {
    await fn();
  } catch (err) {
    console.log(`  failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  }
}
