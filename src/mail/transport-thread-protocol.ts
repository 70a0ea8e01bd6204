// What the server and its mail thread say to each other (threaded-transport.ts, transport-thread.ts).

/** Which transport the thread builds. */
export type TransportSpec =
  | { kind: 'file'; dir: string; from: string }
  | { kind: 'smtp'; url: string; from: string };

/** The thread's answer to message number `seq`. */
export type TransportReply =
  | { seq: number; ok: true }
  | { seq: number; ok: false; message: string; responseCode?: number };
