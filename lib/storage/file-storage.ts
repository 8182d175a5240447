// The shape every file storage backend has (a local folder, object storage), the keys files are
// kept under, and the stream helpers the backends share. No "server-only": the demo seed
// (scripts/serve.ts, scripts/db-seed.ts) runs outside Next and writes credential documents too.
// The app reaches storage through lib/server/storage/file-storage.ts.
import { randomUUID } from "node:crypto";

/**
 * Where uploaded files live. Files pass through as streams of known size, never whole in memory;
 * they are private: only the app's file routes (app/api/files/**) serve them, after their checks.
 */
export interface FileStorage {
  /**
   * Stores the `size` bytes read from `body` under a new `key`. Fails, and leaves nothing behind,
   * when the stream fails or does not carry exactly `size` bytes.
   */
  put(key: string, body: ReadableStream<Uint8Array>, size: number): Promise<void>;
  /** The file's bytes as a web stream with its size, or null when it is gone. */
  open(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  /** Removes the file (nothing happens when it is already gone). */
  remove(key: string): Promise<void>;
  /** Resolves when the storage answers now (the folder is writable, the bucket reachable); throws otherwise. */
  check(): Promise<void>;
}

/**
 * credentials and photos of coaches; imports: HR files uploaded by admins (kept until applied);
 * resources: files of the resource library.
 */
export type StorageFolder = "credentials" | "photos" | "imports" | "resources";

/** Keys are made by the server only: a folder and a random UUID, never a user's file name. */
export function newStorageKey(folder: StorageFolder): string {
  return `${folder}/${randomUUID()}`;
}

export const STORAGE_KEY = /^(credentials|photos|imports|resources)\/[0-9a-f-]{36}$/;

export function assertStorageKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
  return key;
}

export class StreamSizeError extends Error {
  constructor(expected: number, actual: number) {
    super(`The file's stream carried ${actual} bytes instead of ${expected}.`);
  }
}

/** Passes the bytes through, failing the stream if there are more or fewer than `size`. */
export function exactly(size: number): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > size) throw new StreamSizeError(size, seen);
      controller.enqueue(chunk);
    },
    flush() {
      if (seen !== size) throw new StreamSizeError(size, seen);
    },
  });
}

/** Bytes already in memory (a generated demo certificate) as a stream, for put(). */
export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * Reads the first `count` bytes of a stream (fewer if it is shorter) and gives back a stream of
 * all its bytes, those first ones included: a file's content type is recognised by its first
 * bytes without reading the whole file.
 */
export async function peek(
  stream: ReadableStream<Uint8Array>,
  count: number,
): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < count && !done) {
    const next = await reader.read();
    if (next.done) done = true;
    else {
      chunks.push(next.value);
      length += next.value.byteLength;
    }
  }
  const head = new Uint8Array(Math.min(count, length));
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= head.length) break;
    const part = chunk.subarray(0, head.length - offset);
    head.set(part, offset);
    offset += part.byteLength;
  }
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head, stream: rest };
}
