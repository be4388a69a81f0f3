import { Hono } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { createRoutes } from "./images-create";
import { batchRoutes } from "./media-batch";
import { mediaRoutes } from "./media";

/** Every image endpoint. Batch routes first: `/v1/media/batch` must not be taken for an id. */
export function imageRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();
  app.route("/", createRoutes(emu));
  app.route("/", batchRoutes(emu));
  app.route("/", mediaRoutes(emu));
  return app;
}
