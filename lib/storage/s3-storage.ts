// The object-storage backend of file storage: a bucket of any service that speaks the S3 API
// (Amazon S3, MinIO, Ceph, Scaleway, OVH…), shared by every app instance. Objects are private:
// the app never makes a public or presigned URL; its file routes stream them after their checks.
import type * as Sdk from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { assertStorageKey, exactly, type FileStorage } from "./file-storage";

export type S3Settings = {
  bucket: string;
  region: string;
  /** Unset: Amazon S3 itself. */
  endpoint?: string;
  /** Bucket in the path (http://host/bucket/key) rather than in the host name: most S3-compatible servers want it. */
  forcePathStyle?: boolean;
  /** Unset: the SDK's default chain (environment, instance or pod role). */
  accessKeyId?: string;
  secretAccessKey?: string;
};

/**
 * The AWS SDK is loaded at the first file operation, not when the server starts: it holds several
 * MB once loaded, and a server with local storage never needs it.
 */
export function s3Storage(settings: S3Settings): FileStorage {
  let connected: Promise<{ sdk: typeof Sdk; client: Sdk.S3Client }> | undefined;
  const connect = () => (connected ??= import("@aws-sdk/client-s3").then((sdk) => ({ sdk, client: clientOf(sdk) })));
  const clientOf = ({ S3Client }: typeof Sdk) =>
    new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle ?? false,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // Checksums only where the API requires them: a streamed body is then sent as it comes
      // (Content-Length known), which every S3-compatible server accepts, instead of the
      // aws-chunked encoding with trailing checksums that only some understand.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // An unreachable service fails a request (and the readiness check) within seconds.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    });
  const Bucket = settings.bucket;
  return {
    async put(key, body, size) {
      const { sdk, client } = await connect();
      // One PUT streamed with its length (files are 10 MB at most, well under S3's 5 GB for one
      // PUT): S3 creates the object only when every byte arrived, so a failed upload leaves none.
      const stream = Readable.fromWeb(body.pipeThrough(exactly(size)) as NodeReadableStream<Uint8Array>);
      // A stream that fails (or carries the wrong size) ends the request at once, with its reason.
      const abort = new AbortController();
      let failure: unknown = null;
      stream.once("error", (error) => {
        failure = error;
        abort.abort(error);
      });
      const command = new sdk.PutObjectCommand({
        Bucket,
        Key: assertStorageKey(key),
        Body: stream,
        ContentLength: size,
      });
      try {
        await client.send(command, { abortSignal: abort.signal });
      } catch (error) {
        // S3 keeps no object of a PUT cut short, but some S3-compatible servers keep what arrived:
        // the key is new and unique, so removing it cannot touch another file.
        await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key })).catch(() => undefined);
        throw failure ?? error;
      }
    },
    async open(key) {
      const { sdk, client } = await connect();
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket, Key: assertStorageKey(key) }));
        if (!object.Body) return null;
        return {
          stream: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
          size: object.ContentLength ?? 0,
        };
      } catch (error) {
        if (
          error instanceof sdk.NoSuchKey ||
          (error instanceof sdk.S3ServiceException && error.$metadata.httpStatusCode === 404)
        )
          return null;
        throw error;
      }
    },
    async remove(key) {
      const { sdk, client } = await connect();
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: assertStorageKey(key) }));
    },
    async check() {
      const { sdk, client } = await connect();
      await client.send(new sdk.HeadBucketCommand({ Bucket }));
    },
  };
}
