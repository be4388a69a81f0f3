import type { MetadataRoute } from "next";
import { site } from "@/lib/site";
import { ROUTES } from "@/lib/routes";

/** The web app manifest, so the app installs and shows its icon on a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: site.name,
    description: site.pitch,
    start_url: ROUTES.gallery,
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#0c4a6e",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
