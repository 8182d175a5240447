// A real S3-compatible server for tests (s3rver, from the npm registry): started on a free port
// over a temporary folder, with one private bucket, and stopped by the test that started it.
// The settings it returns are the app's own (STORAGE=s3 …), as an operator would write them.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

export type TestObjectStorage = {
  endpoint: string;
  bucket: string;
  /** The app's settings for this bucket (lib/env.ts). */
  settings: Record<string, string>;
  /** The keys in the bucket (under `prefix`), sorted. */
  keys: (prefix?: string) => Promise<string[]>;
  /** An object's bytes, or null when there is none. */
  read: (key: string) => Promise<Uint8Array | null>;
  stop: () => Promise<void>;
};

export async function startObjectStorage(bucket = "binome-files"): Promise<TestObjectStorage> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "binome-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's fixed credentials.
  const settings = {
    STORAGE: "s3",
    S3_ENDPOINT: endpoint,
    S3_REGION: "us-east-1",
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "1",
  };
  const client = new S3Client({
    endpoint,
    region: settings.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY },
  });
  return {
    endpoint,
    bucket,
    settings,
    keys: async (prefix) => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        );
        keys.push(...(page.Contents ?? []).map((o) => o.Key!));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    read: async (key) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return await object.Body!.transformToByteArray();
      } catch (error) {
        if ((error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    stop: async () => {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
