/** A child for the supervisor's tests: fails at once, every time it is started. */
process.exit(3);
