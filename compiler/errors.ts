// Errors meant for the user: the CLI prints their message (never a stack) and
// exits with their code: 1 for bad input, 2 for misuse of a command.
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
