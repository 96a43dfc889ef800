/**
 * Fatal errors are typed; each message names the bad value and the fix.
 * "Nothing found" is never an error: it is `[]` or `null`.
 */
export class ParallaxError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One input cannot be read (missing, binary, too large, malformed, unreachable). */
export class InputError extends ParallaxError {
  constructor(
    readonly input: string,
    message: string,
    code = "bad-input",
  ) {
    super(message, code);
  }
}

/** The command line itself is wrong; the CLI exits with status 2. */
export class UsageError extends ParallaxError {
  constructor(message: string) {
    super(message, "usage");
  }
}

/** The store cannot be opened or migrated. */
export class StoreError extends ParallaxError {
  constructor(message: string) {
    super(message, "store");
  }
}
