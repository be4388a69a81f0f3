import { Hono, type Context } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { validationError } from "../errors";
import { randomId, sha256 } from "../ids";
import { parseCreateFields, type CreateFields } from "../media/create-fields";
import { fetchSource, filenameFromUrl, parseImportUrl } from "../media/fetch-source";
import { inspectImage } from "../media/inspect";
import { readJsonObject, stableJson } from "../media/json-body";
import { ANONYMOUS_RETENTION_SECONDS, ANONYMOUS_WORKSPACE, UPGRADE_HINT } from "../media/anonymous";
import { MAX_ANONYMOUS_BYTES, MAX_BYTES } from "../media/formats";
import { findByExternalId, nextCreatedAt, originalKey, unusedId } from "../media/library";
import { readMultipart, type ReceivedFile } from "../media/multipart";
import { takeProcessing } from "../media/processing";
import { toImageObject, toMediaObject } from "../media/shapes";
import type { ImageRecord, WorkspaceRecord } from "../state";
import { withIdempotency } from "./idempotency";
import { assertQuota, countUpload } from "./usage";

/** `image`: the newest Image object (/v1/images); `media`: the API Reference's (/v1/upload, /v1/import). */
type Shape = "image" | "media";
type Accepts = "multipart" | "json" | "either";
type Source = { kind: "file"; file: ReceivedFile } | { kind: "url"; url: URL };

interface CreateRequest {
  fields: CreateFields;
  source: Source;
  fingerprint: string;
}

const MULTIPART_HINT = "Send the image as multipart/form-data in a field named `file`.";
const JSON_HINT = 'Send JSON like {"url": "https://…"}.';

async function readCreateRequest(c: Context<ApiEnv>, accepts: Accepts): Promise<CreateRequest> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data") && accepts !== "json") {
    const body = await readMultipart(c.req.raw, maxBytes(c));
    if (!body.file) throw validationError({ file: `A file is required. ${MULTIPART_HINT}` });
    const fields = parseCreateFields(body.fields);
    const { bytes, filename, mimeType } = body.file;
    // The parsed fields and the file (its hash, name and declared type), not the raw bytes:
    // the newer of the two matching rules img.pro's docs have given.
    const fingerprint = sha256(stableJson({ fields, file: sha256(bytes), filename, mimeType }));
    return { fields, source: { kind: "file", file: body.file }, fingerprint };
  }
  if (type.includes("json") && accepts !== "multipart") {
    const body = await readJsonObject(c.req.raw);
    const url = parseImportUrl(body.url);
    const fields = parseCreateFields(body);
    return {
      fields,
      source: { kind: "url", url },
      fingerprint: sha256(stableJson({ fields, url: url.href })),
    };
  }
  if (accepts === "multipart") throw validationError({ file: MULTIPART_HINT });
  if (accepts === "json") throw validationError({ url: JSON_HINT });
  throw validationError({ file: `${MULTIPART_HINT} Or, to import, ${JSON_HINT}` });
}

/**
 * Who the upload is for: a user's workspace (App API), or nobody (an anonymous upload, which
 * lives in the shared anonymous storage, counts against no plan and expires in 30 days).
 */
interface Owner {
  workspace: WorkspaceRecord;
  anonymous: boolean;
}

function ownerOf(c: Context<ApiEnv>): Owner {
  return c.get("anonymous")
    ? { workspace: ANONYMOUS_WORKSPACE, anonymous: true }
    : { workspace: c.get("workspace"), anonymous: false };
}

function respond(
  emu: Emulator,
  c: Context<ApiEnv>,
  shape: Shape,
  image: ImageRecord,
  deduplicated: boolean,
): Response {
  const { workspace, anonymous } = ownerOf(c);
  const body =
    shape === "image"
      ? toImageObject(emu, workspace, image)
      : anonymous
        ? { ...toMediaObject(emu, workspace, image, { editable: false }), upgrade: UPGRADE_HINT }
        : toMediaObject(emu, workspace, image);
  if (deduplicated) return c.json(body, 200, { "X-Deduplicated": "true" });
  return c.json(body, 201);
}

async function create(emu: Emulator, c: Context<ApiEnv>, request: CreateRequest, shape: Shape) {
  const { workspace, anonymous } = ownerOf(c);
  const { fields, source } = request;
  // external_id is "unique per team"; an anonymous caller has no team, so it never matches.
  const duplicate = () =>
    fields.externalId && !anonymous ? findByExternalId(emu, workspace, fields.externalId) : null;
  const existing = duplicate();
  // A match is returned as is: nothing fetched, stored or counted.
  if (existing) return respond(emu, c, shape, existing, true);

  const bytes =
    source.kind === "file" ? source.file.bytes : await fetchSource(source.url, maxBytes(c));
  const info = await inspectImage(bytes, source.kind === "file" ? "file" : "url");
  const id = unusedId(emu, randomId);
  await emu.blobs.put(originalKey(id), bytes);

  // No await between these checks and the insert on the success path, so concurrent
  // creates cannot both pass the quota or both claim one external_id. Refusals clean up.
  const raced = duplicate();
  let refusal: unknown = null;
  try {
    if (!raced && !anonymous) assertQuota(emu, workspace, bytes.length);
  } catch (error) {
    refusal = error;
  }
  if (refusal) {
    await emu.blobs.delete(originalKey(id));
    throw refusal;
  }
  if (raced) {
    await emu.blobs.delete(originalKey(id));
    return respond(emu, c, shape, raced, true);
  }
  const given = source.kind === "file" ? source.file.filename : filenameFromUrl(source.url);
  const createdAt = nextCreatedAt(emu);
  const ttl = fields.ttl ?? (anonymous ? ANONYMOUS_RETENTION_SECONDS : null);
  const image: ImageRecord = {
    id,
    appId: workspace.appId,
    userId: workspace.userId,
    filename: fields.name ?? (given || `${id}.${info.format}`),
    format: info.format,
    mime: info.mime,
    width: info.width,
    height: info.height,
    bytes: bytes.length,
    transformable: info.transformable,
    // Always public: App API uploads are (Building an app), and so are anonymous ones, which
    // have no owner to see a private one. PATCH can hide an App API image later.
    public: true,
    tags: fields.tags,
    namespace: fields.namespace,
    externalId: fields.externalId,
    date: fields.date,
    custom:
      source.kind === "url" ? { ...fields.custom, source_url: source.url.href } : fields.custom,
    createdAt,
    expiresAt: ttl === null ? null : createdAt + ttl * 1000,
    processing: takeProcessing(emu, workspace.userId),
  };
  emu.store.state.images[id] = image;
  if (!anonymous) countUpload(emu, workspace);
  emu.store.changed();
  return respond(emu, c, shape, image, false);
}

/** 70 MB with a key, 20 MB without (the API Reference). */
function maxBytes(c: Context<ApiEnv>): number {
  return c.get("anonymous") ? MAX_ANONYMOUS_BYTES : MAX_BYTES;
}

function handler(emu: Emulator, accepts: Accepts, shape: Shape) {
  return async (c: Context<ApiEnv>) => {
    const request = await readCreateRequest(c, accepts);
    // Anonymous uploads "expire after 30 days": a ttl may shorten that, not lengthen it.
    // Refused rather than cut to 30 days, the stricter reading of a limit the docs state
    // without saying what happens past it.
    if (c.get("anonymous") && (request.fields.ttl ?? 0) > ANONYMOUS_RETENTION_SECONDS) {
      throw validationError({ ttl: "Without an API key, images expire after at most 30 days." });
    }
    return withIdempotency(emu, c, request.fingerprint, () => create(emu, c, request, shape));
  };
}

/** POST /v1/images (newest generation), POST /v1/upload and POST /v1/import (API Reference). */
export function createRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();
  app.post("/v1/images", handler(emu, "either", "image"));
  app.post("/v1/upload", handler(emu, "multipart", "media"));
  app.post("/v1/import", handler(emu, "json", "media"));
  return app;
}
