import { Hono } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { notFound } from "../errors";
import { ownerWorkspace } from "../media/anonymous";
import { readJsonObject } from "../media/json-body";
import { findOwnedImage, removeImages } from "../media/library";
import { patchImage } from "../media/patch";
import { countRead } from "../media/processing";
import { toMediaObject } from "../media/shapes";
import { listMedia } from "./media-list";

/**
 * GET /v1/media/:id without a key: "Public media can be fetched without authentication".
 * A private image answers exactly like a missing one (404), so a keyless caller cannot
 * learn that it exists. With a key the sandbox rules apply instead: only the workspace's own.
 */
function readPublic(emu: Emulator, id: string): Response {
  const image = emu.store.state.images[id];
  const owner = image && ownerWorkspace(emu, image);
  if (!image || !image.public || !owner) throw notFound("Media item");
  return Response.json(toMediaObject(emu, owner, image, { editable: false }));
}

/** GET /v1/media, and GET / PATCH / DELETE /v1/media/:id, always inside the caller's workspace. */
export function mediaRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();

  app.get("/v1/media", (c) => listMedia(emu, c));

  app.get("/v1/media/:id", (c) => {
    if (c.get("anonymous")) return readPublic(emu, c.req.param("id"));
    const workspace = c.get("workspace");
    const image = findOwnedImage(emu, workspace, c.req.param("id"));
    const answer = toMediaObject(emu, workspace, image);
    countRead(image);
    return c.json(answer);
  });

  app.patch("/v1/media/:id", async (c) => {
    const workspace = c.get("workspace");
    const image = findOwnedImage(emu, workspace, c.req.param("id"));
    patchImage(emu, workspace, image, await readJsonObject(c.req.raw));
    return c.json(toMediaObject(emu, workspace, image));
  });

  app.delete("/v1/media/:id", async (c) => {
    const image = findOwnedImage(emu, c.get("workspace"), c.req.param("id"));
    await removeImages(emu, [image]);
    return c.body(null, 204);
  });

  return app;
}
