// The file storage shape and its local-folder backend, without "server-only": the demo seed
// (scripts/serve.ts, scripts/db-seed.ts) runs outside Next and writes credential documents here.
// The app uses it through lib/server/storage/file-storage.ts.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/** Where uploaded files live. Local folder by default; another backend (object storage) fits the same shape. */
export interface FileStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  /** The file's bytes as a web stream, or null when it is gone. */
  open(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  remove(key: string): Promise<void>;
}

/** Keys are made by the server only: a folder and a random UUID, never a user's file name. */
export function newStorageKey(folder: "credentials" | "photos"): string {
  return `${folder}/${randomUUID()}`;
}

export const STORAGE_KEY = /^(credentials|photos)\/[0-9a-f-]{36}$/;

export function localFolderStorage(root: string): FileStorage {
  const resolve = (key: string) => {
    if (!STORAGE_KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: "wx" });
    },
    async open(key) {
      const file = resolve(key);
      const info = await stat(file).catch(() => null);
      if (!info) return null;
      return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
    },
    async remove(key) {
      await rm(resolve(key), { force: true });
    },
  };
}
