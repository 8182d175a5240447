// The local-folder backend of file storage (the default): files under a folder of this server,
// outside public/. Fine for one server; several servers need object storage (lib/storage/s3-storage.ts).
import { constants, createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { assertStorageKey, exactly, type FileStorage } from "./file-storage";

export { newStorageKey, STORAGE_KEY, type FileStorage } from "./file-storage";

export function localFolderStorage(root: string): FileStorage {
  const resolve = (key: string) => path.join(root, assertStorageKey(key));
  return {
    async put(key, body, size) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      // "wx": a key is never reused, so an existing file is never replaced (the error says EEXIST).
      const out = createWriteStream(file, { flags: "wx" });
      let created = false;
      out.once("open", () => (created = true));
      try {
        await pipeline(Readable.fromWeb(body.pipeThrough(exactly(size)) as NodeReadableStream<Uint8Array>), out);
      } catch (error) {
        // Nothing is kept of a file that did not arrive whole.
        if (created) await rm(file, { force: true });
        throw error;
      }
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
    async check() {
      await mkdir(root, { recursive: true });
      await access(root, constants.R_OK | constants.W_OK);
    },
  };
}
