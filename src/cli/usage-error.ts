/** A command line the CLI cannot act on; exits with status 2. */
export class UsageError extends Error {}
