import "server-only";
import path from "node:path";
import { env } from "../../env";
import { localFolderStorage, type FileStorage } from "../../storage/local-folder-storage";

// The storage shape and the local-folder backend live in lib/storage (no "server-only", so the
// demo seed can use them outside Next); the app reaches them through this module.
export { localFolderStorage, newStorageKey, type FileStorage } from "../../storage/local-folder-storage";

let storage: FileStorage | undefined;
export function fileStorage(): FileStorage {
  storage ??= localFolderStorage(path.resolve(env().UPLOADS_DIR));
  return storage;
}
