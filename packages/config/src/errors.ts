/** A setting the environment gives wrongly: its message names the variable, and an entry point prints it without a stack trace. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
