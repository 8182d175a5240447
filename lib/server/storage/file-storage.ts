import "server-only";
import { env } from "../../env";
import type { FileStorage } from "../../storage/file-storage";
import { storageFromSettings } from "../../storage/storage-from-settings";

// The storage shape and its backends live in lib/storage (no "server-only", so the demo seed can
// use them outside Next); the app reaches them through this module.
export { newStorageKey, peek, type FileStorage } from "../../storage/file-storage";

let storage: FileStorage | undefined;
/** The process's file storage, as the settings choose it: the local folder, or object storage (STORAGE=s3). */
export function fileStorage(): FileStorage {
  storage ??= storageFromSettings(env());
  return storage;
}
