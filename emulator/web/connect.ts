import { Hono } from "hono";
import type { ApiEnv, Emulator } from "../context";

// TODO(foundation): being implemented.
export function connectRoutes(_emu: Emulator) {
  const app = new Hono<ApiEnv>();
  return app;
}
