declare module 'pgpass/lib/helper' {
  interface ConnectionInfo {
    host?: string;
    port?: number | string;
    database?: string;
    user?: string;
  }
  /** Reads a password file's lines from `stream` and gives the password of the first line matching `connection` (undefined: none). */
  function getPassword(connection: ConnectionInfo, stream: NodeJS.ReadableStream, callback: (password: string | undefined) => void): void;
  /** Where warnings go (a writable stream; anything else: nowhere). Returns the previous one. */
  function warnTo(stream: unknown): unknown;
}
