import { Hono } from "hono";
import { html } from "hono/html";
import type { ApiEnv, Emulator } from "./context";
import { ownerWorkspace } from "./media/anonymous";
import { cdnUrl } from "./media/shapes";
import { VariantCache, acceptsExtension } from "./media/variants";
import { errorPage, page } from "./web/layout";

const SEGMENT = /^[a-z0-9]{1,32}$/;
const FILE = /^([a-z0-9]{8})\.([a-z0-9]{2,5})$/;
const IMAGE_ID = /^[a-z0-9]{8}$/;

/**
 * Every CDN answer is an image that may be an SVG from anyone: nosniff and a locked-down CSP
 * keep a scripted SVG opened directly from running as a page on the emulator's origin.
 */
const CDN_HEADERS = {
  "Cache-Control": "public, max-age=31536000, immutable",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "Access-Control-Allow-Origin": "*",
};

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

/**
 * The CDN (`/{seg}/{id}.{ext}`, as src.img.pro) and the viewer page (`/{id}`, as img.pro).
 * Mounted last; a path that does not have these exact shapes falls through (`next()`) to the
 * app's 404 rather than being claimed here.
 */
export function cdnRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();
  const variants = new VariantCache(emu);

  app.get("/:seg/:file", async (c, next) => {
    const seg = c.req.param("seg");
    const [, id = "", ext = ""] = FILE.exec(c.req.param("file")) ?? [];
    if (!SEGMENT.test(seg) || !id) return next();
    const image = emu.store.state.images[id];
    const workspace = image && ownerWorkspace(emu, image);
    // The CDN URL is unguessable rather than private: public or not, it serves the owner's
    // links (the API Reference: "the CDN src URL is always available").
    if (!image || workspace?.seg !== seg || !acceptsExtension(image, ext)) return next();
    const served = await variants.serve(image, {
      ext,
      size: c.req.query("size"),
      format: c.req.query("format"),
    });
    if (!served) return next();
    const headers = { ...CDN_HEADERS, ETag: served.etag };
    if (matchesEtag(c.req.header("if-none-match"), served.etag)) return c.body(null, 304, headers);
    // A view, not a copy: originals can be 70 MB. Node Buffers never sit on shared memory.
    const body = new Uint8Array(
      served.bytes.buffer as ArrayBuffer,
      served.bytes.byteOffset,
      served.bytes.byteLength,
    );
    return c.body(body, 200, { ...headers, "Content-Type": served.mime });
  });

  app.get("/:id", async (c, next) => {
    const id = c.req.param("id");
    if (!IMAGE_ID.test(id)) return next();
    const image = emu.store.state.images[id];
    const workspace = image && ownerWorkspace(emu, image);
    // Private and missing look the same, so the page does not confirm a private image exists.
    if (!image || !image.public || !workspace) {
      return c.html(
        errorPage("Image not found", "This image does not exist or is not public."),
        404,
      );
    }
    const caption = typeof image.custom.caption === "string" ? image.custom.caption : null;
    return c.html(
      page(
        image.filename,
        html`<h1>${image.filename}</h1>
          <p>
            <img
              src="${cdnUrl(emu, workspace, image)}"
              alt="${caption ?? image.filename}"
              width="${image.width}"
              height="${image.height}"
              style="max-width:100%;height:auto;border-radius:8px"
            />
          </p>
          ${caption ? html`<p>${caption}</p>` : ""}
          <p class="muted">${image.width} × ${image.height} · ${image.format.toUpperCase()}</p>`,
        { wide: true },
      ),
    );
  });

  return app;
}
