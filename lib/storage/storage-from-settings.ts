// The file storage the settings choose (lib/env.ts): the local folder UPLOADS_DIR unless STORAGE=s3.
import path from "node:path";
import type { Env } from "../env";
import type { FileStorage } from "./file-storage";
import { localFolderStorage } from "./local-folder-storage";
import { s3Storage } from "./s3-storage";

export type StorageSettings = Pick<
  Env,
  | "STORAGE"
  | "UPLOADS_DIR"
  | "S3_ENDPOINT"
  | "S3_REGION"
  | "S3_BUCKET"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_FORCE_PATH_STYLE"
>;

export function storageFromSettings(settings: StorageSettings): FileStorage {
  if (settings.STORAGE === "s3")
    return s3Storage({
      bucket: settings.S3_BUCKET!,
      region: settings.S3_REGION!,
      endpoint: settings.S3_ENDPOINT,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE,
      accessKeyId: settings.S3_ACCESS_KEY_ID,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    });
  return localFolderStorage(path.resolve(settings.UPLOADS_DIR));
}
