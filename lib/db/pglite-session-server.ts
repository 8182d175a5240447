// Serves one PGlite over the PostgreSQL wire protocol to many connections, and makes them behave
// as PostgreSQL's own sessions would.
//
// PGlite is a single PostgreSQL session. A plain socket server that passes every message through
// as it arrives lets the messages of concurrent connections interleave: one connection's Bind
// meets another's Parse ("bind message supplies 2 parameters, but prepared statement \"\"
// requires 3"), and all connections share one transaction, so a row lock taken by one "protects"
// nothing against the others. Here the session is lent to one connection at a time: a connection
// takes it with its first message and gives it back only when PGlite reports that session idle
// again (ReadyForQuery with status 'I'): after the Sync that ends an extended-protocol exchange,
// or after the COMMIT or ROLLBACK that ends a transaction. Other connections wait their turn,
// first come first served. Every query and every transaction therefore runs alone, exactly as
// under PostgreSQL's serializable execution of one statement or transaction after the other:
// capacity checks under row locks hold, and nothing of one connection leaks into another.
//
// A connection that dies holding the session has its unfinished exchange synced and its
// transaction rolled back; one that keeps a transaction open but says nothing for
// `idleInTransactionTimeoutMs` is closed the same way (PostgreSQL's
// idle_in_transaction_session_timeout), so one stuck client cannot stop the others for ever.
import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]);
const ROLLBACK = simpleQuery("ROLLBACK");

function simpleQuery(sql: string): Uint8Array {
  const body = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + body.length);
  message.write("Q", 0, "latin1");
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
}

/**
 * The status of the last ReadyForQuery message in a backend reply: 'I' idle, 'T' in a
 * transaction, 'E' in a failed transaction, or null when the reply holds none (the exchange
 * goes on).
 */
export function lastReadyStatus(reply: Uint8Array): "I" | "T" | "E" | null {
  let status: "I" | "T" | "E" | null = null;
  let at = 0;
  while (at + 5 <= reply.length) {
    const type = reply[at];
    const length = (reply[at + 1] << 24) | (reply[at + 2] << 16) | (reply[at + 3] << 8) | reply[at + 4];
    if (length < 4) break;
    if (type === 0x5a /* Z */ && length === 5 && at + 6 <= reply.length) {
      status = String.fromCharCode(reply[at + 5]) as "I" | "T" | "E";
    }
    at += 1 + length;
  }
  return status;
}

/** Lends the one PGlite session to one connection at a time, in order of asking. */
class SessionTurns {
  private owner: Connection | null = null;
  private readonly queue: { connection: Connection; grant: () => void }[] = [];

  get holder(): Connection | null {
    return this.owner;
  }

  get waiting(): number {
    return this.queue.length;
  }

  take(connection: Connection): Promise<void> {
    if (this.owner === connection) return Promise.resolve();
    if (!this.owner) {
      this.owner = connection;
      return Promise.resolve();
    }
    return new Promise((grant) => this.queue.push({ connection, grant }));
  }

  giveBack(connection: Connection) {
    if (this.owner !== connection) return;
    const next = this.queue.shift();
    this.owner = next?.connection ?? null;
    next?.grant();
  }

  /** A connection that closed while waiting leaves the queue. */
  leave(connection: Connection) {
    const i = this.queue.findIndex((w) => w.connection === connection);
    if (i >= 0) this.queue.splice(i, 1);
  }
}

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private closed = false;
  /** Messages are handled one after the other, in the order they arrived. */
  private work: Promise<void> = Promise.resolve();
  /** The last reply ended with ReadyForQuery: nothing is half done. */
  private settled = true;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: net.Socket,
    private readonly server: PGliteSessionServer,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.receive(chunk));
    socket.on("error", () => this.close());
    socket.on("close", () => this.close());
  }

  private receive(chunk: Buffer) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const message = this.nextMessage();
      if (!message) break;
      this.work = this.work.then(() => this.handle(message)).catch((error) => this.fail(error));
    }
  }

  /** Cuts the next whole message off the buffer: the startup packet has no type byte. */
  private nextMessage(): Buffer | null {
    if (!this.started) {
      if (this.buffer.length < 8) return null;
      const length = this.buffer.readInt32BE(0);
      if (this.buffer.length < length) return null;
      const message = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      return message;
    }
    if (this.buffer.length < 5) return null;
    const length = 1 + this.buffer.readInt32BE(1);
    if (this.buffer.length < length) return null;
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private async handle(message: Buffer) {
    if (this.closed) return;
    if (!this.started) {
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        this.socket.write("N"); // no encryption on the loopback
        return;
      }
      if (code === CANCEL_REQUEST) {
        this.socket.end();
        return;
      }
      if (code !== PROTOCOL_3) {
        this.socket.destroy();
        return;
      }
      this.started = true;
    } else if (message[0] === 0x58 /* X: Terminate */) {
      this.socket.end();
      return;
    }
    clearTimeout(this.idleTimer);
    await this.server.turns.take(this);
    // Closed just as its turn came: close() cleans up and gives the turn back.
    if (this.closed) return;
    const reply = await this.server.run(message);
    this.socket.write(reply);
    const status = lastReadyStatus(reply);
    if (status === null) {
      this.settled = false; // an extended-protocol exchange goes on until its Sync
      return;
    }
    this.settled = true;
    if (status === "I") this.server.turns.giveBack(this);
    else this.watchIdleInTransaction();
  }

  private watchIdleInTransaction() {
    const timeout = this.server.idleInTransactionTimeoutMs;
    if (!timeout) return;
    this.idleTimer = setTimeout(() => {
      console.warn(`[embedded database] a connection stayed idle in a transaction for ${timeout} ms: closed`);
      this.socket.destroy();
    }, timeout);
    this.idleTimer.unref();
  }

  private fail(error: unknown) {
    console.error("[embedded database]", error);
    this.socket.destroy();
  }

  private close() {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    this.server.forget(this);
    if (this.server.turns.holder !== this) {
      this.server.turns.leave(this);
      return;
    }
    // It held the session: end what it left half done before the next connection's turn.
    void this.work
      .then(async () => {
        if (!this.settled) await this.server.run(SYNC);
        if (this.server.inTransaction()) await this.server.run(ROLLBACK);
      })
      .catch((error) => console.error("[embedded database] cleaning up a closed connection:", error))
      .finally(() => this.server.turns.giveBack(this));
  }

  destroy() {
    this.socket.destroy();
  }
}

export type PGliteSessionServerOptions = {
  db: PGlite;
  host?: string;
  port?: number;
  maxConnections?: number;
  idleInTransactionTimeoutMs?: number;
};

export class PGliteSessionServer {
  readonly turns = new SessionTurns();
  readonly idleInTransactionTimeoutMs: number;
  private readonly db: PGlite;
  private readonly connections = new Set<Connection>();
  private server: net.Server | null = null;
  private readonly maxConnections: number;

  constructor(options: PGliteSessionServerOptions) {
    this.db = options.db;
    this.maxConnections = options.maxConnections ?? 100;
    this.idleInTransactionTimeoutMs = options.idleInTransactionTimeoutMs ?? 60_000;
  }

  /** Starts listening; resolves with the port. */
  async start(host = "127.0.0.1", port = 0): Promise<number> {
    await this.db.waitReady;
    const server = net.createServer((socket) => {
      if (this.connections.size >= this.maxConnections) {
        socket.end();
        return;
      }
      this.connections.add(new Connection(socket, this));
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as net.AddressInfo).port;
  }

  run(message: Uint8Array): Promise<Uint8Array> {
    return this.db.runExclusive(() => this.db.execProtocolRaw(message));
  }

  inTransaction(): boolean {
    return this.db.isInTransaction();
  }

  forget(connection: Connection) {
    this.connections.delete(connection);
  }

  /** How many connections are open and how many wait for the session (for tests and logs). */
  stats() {
    return { connections: this.connections.size, waiting: this.turns.waiting };
  }

  async stop() {
    const server = this.server;
    this.server = null;
    for (const connection of this.connections) connection.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    // Let the closed connections' clean-up (rollback of what they left open) finish.
    while (this.turns.holder) await new Promise((r) => setTimeout(r, 10));
  }
}
