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

/** The code of an error raised for a path that is neither a file nor a folder (a device, a pipe, a socket). */
export const NOT_A_FILE = "ENOTREGULAR";

/** System error codes in words a user can act on. */
const REASONS: Record<string, string> = {
  [NOT_A_FILE]: "it is not a regular file (a device, a pipe or a socket)",
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of its path is a file, not a directory",
  EEXIST: "a file of that name is in the way",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENAMETOOLONG: "the name is too long",
  ENOSPC: "the disk is full",
  EROFS: "the file system is read-only",
};

/** Why a file operation failed, in words (`overrides` where the operation has better ones), else the error's own message. */
export function systemReason(e: unknown, overrides: Record<string, string> = {}): string {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && (overrides[code] ?? REASONS[code])) || (e as Error).message;
}
